package com.fulfil.callcentre;

import com.fulfil.tenant.TenantView;
import com.fulfil.web.ProblemException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a buyer may be called, and in which order the calls are made. Pure: the time comes in as
 * arguments (from the injected {@code Clock}), the calling window from the shop's settings, the
 * zone is the buyer's. All local times are the buyer's; everything stored is an {@link Instant}.
 * This is the one place where the buyer's zone is applied to call times.
 *
 * <p><b>The window.</b> A buyer may be called when their local time t satisfies {@code opens <= t <
 * closes}. {@link #nextOpen} moves an instant forward to the next such moment; on a DST change it
 * resolves local times as {@link ZonedDateTime} does (an opening inside a spring-forward gap moves
 * later by the gap).
 *
 * <p><b>Three instants per call</b> ({@link CallTime}): {@code availableAt}, from when an operator
 * may get the call; {@code priorityAt}, the queue's order key (earliest first); and {@code dueAt},
 * the deadline of the call.
 *
 * <p><b>Confirmation</b>: due one hour after the order came in, {@code ideal = base + 1 h} with
 * {@code base} the receipt (or the moment the order came back from hold). It may be made at once:
 * {@code availableAt = nextOpen(base)}. Its deadline is {@code dueAt = nextOpen(ideal)} (a night
 * order is due when the window opens), and its queue key stays the unadjusted {@code ideal}: orders
 * that came in at 01:00 and 03:00 both become callable at 09:00, and the 01:00 one is called first,
 * ahead of an 08:30 order (key 09:30): "first in the morning queue, by due time", not "9 sharp for
 * everyone".
 *
 * <p><b>Unreachable</b>: after the 1st, 2nd, 3rd and 4th unanswered call the next try is {@link
 * #RETRIES} later (+15 min, +1 h, +3 h, the same local time the next day), each moved into the
 * window and keyed by the unadjusted moment; the 5th unanswered call ends the ladder (a
 * confirmation then puts the order on UNREACHABLE_HOLD).
 *
 * <p><b>Pre-delivery</b>: due three hours before the slot starts. If the window is closed then, the
 * call moves to the next opening, but only if that is still at least an hour before the slot (a
 * later call is no reminder); otherwise it is made the evening before, two hours before the window
 * closes. Never at or after the slot's start; none at all if even that is past.
 *
 * <p><b>Call back at X</b>: X must be in the future, inside the window, at most {@link
 * #CALL_BACK_AHEAD_MAX} ahead and before the task's last useful moment; else 400 naming {@code
 * callBackAt}.
 *
 * <p>Invariant (a check constraint of {@code cc_call_task}, relied on by the claim query): {@code
 * priorityAt <= availableAt + 1 h}.
 */
final class CallSchedule {

  static final Duration CONFIRM_WITHIN = Duration.ofHours(1);
  static final Duration PRE_DELIVERY_LEAD = Duration.ofHours(3);
  static final Duration REMINDER_LEAD_MIN = Duration.ofHours(1);
  static final Duration EVENING_BEFORE = Duration.ofHours(2);
  static final Duration CALL_BACK_AHEAD_MAX = Duration.ofDays(14);
  /** Waits after the 1st, 2nd, 3rd and 4th unanswered call; whole days are local days. */
  static final List<Duration> RETRIES =
      List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofDays(1));

  /** When a call may be made, its place in the queue, and its deadline. */
  record CallTime(Instant availableAt, Instant priorityAt, Instant dueAt) {
    static CallTime at(Instant moment) {
      return new CallTime(moment, moment, moment);
    }
  }

  private final LocalTime opens;
  private final LocalTime closes;

  CallSchedule(LocalTime opens, LocalTime closes) {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("the calling window must open before it closes");
    }
    this.opens = opens;
    this.closes = closes;
  }

  /** The shop's calling window. */
  static CallSchedule of(TenantView shop) {
    return new CallSchedule(LocalTime.parse(shop.callWindowStart()), LocalTime.parse(shop.callWindowEnd()));
  }

  /** The buyer's zone as the order states it; the shop's when the order's cannot be read. */
  static ZoneId buyerZone(String buyerZone, TenantView shop) {
    if (buyerZone != null) {
      try {
        return ZoneId.of(buyerZone);
      } catch (DateTimeException e) {
        // the order context validates zones; an unreadable one falls back to the shop's zone
      }
    }
    return ZoneId.of(shop.timeZone());
  }

  boolean isOpen(Instant t, ZoneId zone) {
    LocalTime local = t.atZone(zone).toLocalTime();
    return !local.isBefore(opens) && local.isBefore(closes);
  }

  /** {@code t} itself when the window is open then, else the next opening after it. */
  Instant nextOpen(Instant t, ZoneId zone) {
    if (isOpen(t, zone)) {
      return t;
    }
    ZonedDateTime local = t.atZone(zone);
    LocalDate day = local.toLocalTime().isBefore(opens) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    return day.atTime(opens).atZone(zone).toInstant();
  }

  /** The confirmation call of an order that came in (or came back from hold) at {@code base}. */
  CallTime confirmation(Instant base, ZoneId zone) {
    Instant ideal = base.plus(CONFIRM_WITHIN);
    return new CallTime(nextOpen(base, zone), ideal, nextOpen(ideal, zone));
  }

  /**
   * The next try after the {@code unreachableSoFar}-th unanswered call (1-based), or empty when
   * the ladder is exhausted or the next try would be at or after {@code notAfter} (may be null).
   */
  Optional<CallTime> afterUnreachable(int unreachableSoFar, Instant now, ZoneId zone, Instant notAfter) {
    if (unreachableSoFar < 1) {
      throw new IllegalArgumentException("no unanswered call yet");
    }
    if (unreachableSoFar > RETRIES.size()) {
      return Optional.empty();
    }
    Duration wait = RETRIES.get(unreachableSoFar - 1);
    Instant ideal =
        wait.toSeconds() % Duration.ofDays(1).toSeconds() == 0
            ? now.atZone(zone).plusDays(wait.toDays()).toInstant()
            : now.plus(wait);
    Instant available = nextOpen(ideal, zone);
    if (notAfter != null && !available.isBefore(notAfter)) {
      return Optional.empty();
    }
    return Optional.of(new CallTime(available, ideal, available));
  }

  /** The reminder before a courier delivery whose slot starts at {@code slotStart}; empty if too late. */
  Optional<CallTime> preDelivery(Instant slotStart, Instant now, ZoneId zone) {
    Instant latest = slotStart.minus(REMINDER_LEAD_MIN);
    Instant ideal = slotStart.minus(PRE_DELIVERY_LEAD);
    Instant callable = nextOpen(ideal, zone);
    CallTime planned =
        !callable.isAfter(latest) ? new CallTime(callable, ideal, callable) : CallTime.at(eveningBefore(ideal, zone));
    if (planned.availableAt().isBefore(now)) {
      Instant soonest = nextOpen(now, zone);
      return soonest.isAfter(latest) ? Optional.empty() : Optional.of(CallTime.at(soonest));
    }
    return Optional.of(planned);
  }

  /** Two hours before the last window close at or before {@code t} (not before that day's opening). */
  private Instant eveningBefore(Instant t, ZoneId zone) {
    ZonedDateTime local = t.atZone(zone);
    LocalDate day = local.toLocalTime().isBefore(closes) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    LocalTime start = closes.minus(EVENING_BEFORE);
    if (start.isBefore(opens) || start.isAfter(closes)) {
      start = opens;
    }
    return day.atTime(start).atZone(zone).toInstant();
  }

  /** The operator's "call back at {@code at}", or 400 naming {@code callBackAt}. */
  CallTime callBack(Instant at, Instant now, ZoneId zone, Instant notAfter) {
    if (at == null) {
      throw ProblemException.invalid("callBackAt", "is required for CALL_BACK");
    }
    if (!at.isAfter(now)) {
      throw ProblemException.invalid("callBackAt", "must be in the future");
    }
    if (at.isAfter(now.plus(CALL_BACK_AHEAD_MAX))) {
      throw ProblemException.invalid("callBackAt", "must be at most " + CALL_BACK_AHEAD_MAX.toDays() + " days ahead");
    }
    if (!isOpen(at, zone)) {
      throw ProblemException.invalid(
          "callBackAt",
          "must be inside the calling window " + opens + "-" + closes + " of the buyer's time zone " + zone
              + " (that is " + at.atZone(zone).toLocalDateTime() + " there)");
    }
    if (notAfter != null && !at.isBefore(notAfter)) {
      throw ProblemException.invalid("callBackAt", "must be before " + notAfter + " (the delivery slot starts then)");
    }
    return CallTime.at(at);
  }
}
