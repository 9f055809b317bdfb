package com.fulfil.callcentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Call-time arithmetic: the calling window in the buyer's zone, night shift, retries, reminders. */
class CallScheduleTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow"); // UTC+3 all year
  static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg"); // UTC+5 all year
  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw"); // CET/CEST
  static final CallSchedule NINE_TO_NINE = new CallSchedule(LocalTime.of(9, 0), LocalTime.of(21, 0));

  @Test
  void aDaytimeOrderIsDueAnHourAfterReceiptAndCallableAtOnce() {
    Instant received = Instant.parse("2025-03-01T10:00:00Z"); // 13:00 Moscow
    CallSchedule.CallTime t = NINE_TO_NINE.confirmation(received, MOSCOW);
    assertEquals(received, t.availableAt());
    assertEquals(Instant.parse("2025-03-01T11:00:00Z"), t.dueAt());
    assertEquals(Instant.parse("2025-03-01T11:00:00Z"), t.priorityAt());
  }

  @Test
  void aNightOrderIsDueWhenTheBuyersWindowOpensInTheBuyersZone() {
    // 01:00 in Yekaterinburg is 20:00 UTC the day before; the window opens at 09:00 local = 04:00 UTC.
    Instant received = Instant.parse("2025-02-28T20:00:00Z");
    CallSchedule.CallTime t = NINE_TO_NINE.confirmation(received, YEKATERINBURG);
    assertEquals(Instant.parse("2025-03-01T04:00:00Z"), t.availableAt());
    assertEquals(Instant.parse("2025-03-01T04:00:00Z"), t.dueAt());
    assertEquals(received.plus(Duration.ofHours(1)), t.priorityAt(), "keeps its place: first in the morning queue");
    // The same instant in Moscow is 23:00: also night, opening at 09:00 Moscow = 06:00 UTC.
    assertEquals(Instant.parse("2025-03-01T06:00:00Z"), NINE_TO_NINE.confirmation(received, MOSCOW).dueAt());
  }

  @Test
  void anOrderJustBeforeCloseIsCallableNowButDueNextMorning() {
    Instant received = Instant.parse("2025-03-01T17:30:00Z"); // 20:30 Moscow
    CallSchedule.CallTime t = NINE_TO_NINE.confirmation(received, MOSCOW);
    assertEquals(received, t.availableAt());
    assertEquals(Instant.parse("2025-03-02T06:00:00Z"), t.dueAt(), "21:30 is night: 09:00 next day");
    assertTrue(!t.priorityAt().isAfter(t.availableAt().plus(Duration.ofHours(1))), "the queue invariant holds");
  }

  @Test
  void nightOrdersQueueByTheirIdealDueTimeAheadOfEarlyMorningOnes() {
    Instant one = Instant.parse("2025-02-28T22:00:00Z"); // 01:00 Moscow
    Instant three = Instant.parse("2025-03-01T00:00:00Z"); // 03:00
    Instant eightThirty = Instant.parse("2025-03-01T05:30:00Z"); // 08:30
    List<Instant> keys = List.of(
        NINE_TO_NINE.confirmation(eightThirty, MOSCOW).priorityAt(),
        NINE_TO_NINE.confirmation(three, MOSCOW).priorityAt(),
        NINE_TO_NINE.confirmation(one, MOSCOW).priorityAt());
    List<Instant> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(List.of(keys.get(2), keys.get(1), keys.get(0)), sorted, "01:00, then 03:00, then 08:30");
    assertEquals(
        NINE_TO_NINE.confirmation(one, MOSCOW).availableAt(), NINE_TO_NINE.confirmation(three, MOSCOW).availableAt(),
        "all become callable when the window opens");
  }

  @Test
  void theWindowIsHalfOpen() {
    assertTrue(NINE_TO_NINE.isOpen(Instant.parse("2025-03-01T06:00:00Z"), MOSCOW), "09:00 is open");
    assertTrue(NINE_TO_NINE.isOpen(Instant.parse("2025-03-01T17:59:59Z"), MOSCOW), "20:59:59 is open");
    assertFalse(NINE_TO_NINE.isOpen(Instant.parse("2025-03-01T18:00:00Z"), MOSCOW), "21:00 is closed");
    assertEquals(Instant.parse("2025-03-02T06:00:00Z"), NINE_TO_NINE.nextOpen(Instant.parse("2025-03-01T18:00:00Z"), MOSCOW));
    assertThrows(IllegalArgumentException.class, () -> new CallSchedule(LocalTime.of(21, 0), LocalTime.of(9, 0)));
  }

  @Test
  void aWindowOpeningInsideASpringForwardGapMovesLaterByTheGap() {
    CallSchedule early = new CallSchedule(LocalTime.of(2, 30), LocalTime.of(20, 0));
    // Warsaw, 30 March 2025: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    Instant night = Instant.parse("2025-03-30T00:30:00Z"); // 01:30 CET
    assertEquals(Instant.parse("2025-03-30T01:30:00Z"), early.nextOpen(night, WARSAW), "03:30 CEST");
  }

  @Test
  void unreachableRetriesFollowTheLadderInsideTheWindowThenStop() {
    Instant now = Instant.parse("2025-03-01T07:00:00Z"); // 10:00 Moscow
    assertEquals(now.plus(Duration.ofMinutes(15)), NINE_TO_NINE.afterUnreachable(1, now, MOSCOW, null).orElseThrow().availableAt());
    assertEquals(now.plus(Duration.ofHours(1)), NINE_TO_NINE.afterUnreachable(2, now, MOSCOW, null).orElseThrow().availableAt());
    assertEquals(now.plus(Duration.ofHours(3)), NINE_TO_NINE.afterUnreachable(3, now, MOSCOW, null).orElseThrow().availableAt());
    assertEquals(Instant.parse("2025-03-02T07:00:00Z"), NINE_TO_NINE.afterUnreachable(4, now, MOSCOW, null).orElseThrow().availableAt());
    assertEquals(Optional.empty(), NINE_TO_NINE.afterUnreachable(5, now, MOSCOW, null), "the fifth unanswered call ends it");
    assertThrows(IllegalArgumentException.class, () -> NINE_TO_NINE.afterUnreachable(0, now, MOSCOW, null));
  }

  @Test
  void aRetryThatWouldFallAtNightMovesToTheNextOpeningKeepingItsPlace() {
    Instant evening = Instant.parse("2025-03-01T14:30:00Z"); // 19:30 Yekaterinburg
    CallSchedule.CallTime t = NINE_TO_NINE.afterUnreachable(3, evening, YEKATERINBURG, null).orElseThrow(); // +3 h = 22:30
    assertEquals(Instant.parse("2025-03-02T04:00:00Z"), t.availableAt(), "09:00 next morning, Yekaterinburg");
    assertEquals(evening.plus(Duration.ofHours(3)), t.priorityAt());
  }

  @Test
  void aRetryAtOrAfterTheLastUsefulMomentIsNotScheduled() {
    Instant now = Instant.parse("2025-03-01T07:00:00Z");
    Instant slot = now.plus(Duration.ofMinutes(50));
    assertTrue(NINE_TO_NINE.afterUnreachable(1, now, MOSCOW, slot).isPresent(), "+15 min is before the slot");
    assertEquals(Optional.empty(), NINE_TO_NINE.afterUnreachable(2, now, MOSCOW, slot), "+1 h is past the slot");
  }

  @Test
  void theReminderIsDueThreeHoursBeforeTheSlotInTheBuyersZone() {
    // Slot 15:00 Yekaterinburg = 10:00 UTC; reminder 12:00 local = 07:00 UTC.
    Instant slot = Instant.parse("2025-03-03T10:00:00Z");
    CallSchedule.CallTime t = NINE_TO_NINE.preDelivery(slot, Instant.parse("2025-03-01T07:00:00Z"), YEKATERINBURG).orElseThrow();
    assertEquals(Instant.parse("2025-03-03T07:00:00Z"), t.availableAt());
    assertEquals(Instant.parse("2025-03-03T07:00:00Z"), t.dueAt());
  }

  @Test
  void anEarlySlotsReminderMovesToTheOpeningOrToTheEveningBefore() {
    Instant now = Instant.parse("2025-03-01T07:00:00Z");
    // Slot 10:00 Moscow: 07:00 is night, 09:00 is still an hour before: called at 09:00.
    Instant ten = Instant.parse("2025-03-03T07:00:00Z");
    assertEquals(Instant.parse("2025-03-03T06:00:00Z"), NINE_TO_NINE.preDelivery(ten, now, MOSCOW).orElseThrow().availableAt());
    // Slot 09:30 Moscow: 09:00 is less than an hour before: the evening before at 19:00 Moscow.
    Instant nineThirty = Instant.parse("2025-03-03T06:30:00Z");
    assertEquals(Instant.parse("2025-03-02T16:00:00Z"), NINE_TO_NINE.preDelivery(nineThirty, now, MOSCOW).orElseThrow().availableAt());
  }

  @Test
  void aReminderTooLateToBeUsefulIsNotCreated() {
    Instant slot = Instant.parse("2025-03-01T10:00:00Z"); // 13:00 Moscow
    Instant now = Instant.parse("2025-03-01T09:30:00Z"); // 12:30: less than an hour before
    assertEquals(Optional.empty(), NINE_TO_NINE.preDelivery(slot, now, MOSCOW));
    Instant earlier = Instant.parse("2025-03-01T08:00:00Z"); // 11:00: past 10:00 but still 2 h before
    assertEquals(earlier, NINE_TO_NINE.preDelivery(slot, earlier, MOSCOW).orElseThrow().availableAt(), "called at once");
  }

  @Test
  void aCallBackMustBeInTheFutureInsideTheWindowAndBeforeTheSlot() {
    Instant now = Instant.parse("2025-03-01T07:00:00Z"); // 10:00 Moscow
    Instant at = Instant.parse("2025-03-01T12:00:00Z"); // 15:00
    assertEquals(at, NINE_TO_NINE.callBack(at, now, MOSCOW, null).availableAt());
    assertField("callBackAt", () -> NINE_TO_NINE.callBack(null, now, MOSCOW, null));
    assertField("callBackAt", () -> NINE_TO_NINE.callBack(now.minusSeconds(1), now, MOSCOW, null));
    assertField("callBackAt", () -> NINE_TO_NINE.callBack(Instant.parse("2025-03-01T19:00:00Z"), now, MOSCOW, null)); // 22:00
    assertField("callBackAt", () -> NINE_TO_NINE.callBack(now.plus(Duration.ofDays(15)), now, MOSCOW, null));
    assertField("callBackAt", () -> NINE_TO_NINE.callBack(at, now, MOSCOW, at));
  }

  private static void assertField(String field, Runnable r) {
    ProblemException e = assertThrows(ProblemException.class, r::run);
    assertEquals(400, e.status());
    assertEquals(field, e.violations().get(0).field());
  }
}
