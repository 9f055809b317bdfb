package com.fulfil.picking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WavePlannerTest {

  static final Map<String, LocalTime> CUTOFFS = Map.of("POST", LocalTime.of(12, 0), "COURIER", LocalTime.of(14, 0));
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void earliestCutoffFirstThenSoonestDeliveryDateThenOldest() {
    var courierOld = candidate("courier-old", "COURIER", null, T0);
    var courierNew = candidate("courier-new", "COURIER", null, T0.plusSeconds(60));
    var courierDated = candidate("courier-dated", "COURIER", LocalDate.of(2026, 11, 24), T0.plusSeconds(120));
    var post = candidate("post", "POST", null, T0.plusSeconds(600));
    var locker = candidate("locker", "PARCEL_LOCKER", LocalDate.of(2026, 11, 23), T0.minusSeconds(600));

    List<WavePlanner.Candidate> chosen = WavePlanner.select(List.of(locker, courierNew, courierOld, post, courierDated), CUTOFFS, 10);

    assertEquals(List.of("post", "courier-dated", "courier-old", "courier-new", "locker"), numbers(chosen),
        "POST leaves at 12:00, COURIER at 14:00 (a dated order before undated ones, then by age); no cut-off goes last");
  }

  @Test
  void takesAtMostMaxOrders() {
    var a = candidate("a", "POST", null, T0);
    var b = candidate("b", "POST", null, T0.plusSeconds(1));
    var c = candidate("c", "COURIER", null, T0.minusSeconds(1));
    assertEquals(List.of("a", "b"), numbers(WavePlanner.select(List.of(c, b, a), CUTOFFS, 2)));
  }

  @Test
  void equalOrdersAreTakenInIdOrderSoThatTheChoiceIsStable() {
    UUID low = new UUID(0, 1);
    UUID high = new UUID(0, 2);
    var first = new WavePlanner.Candidate(low, "low", "POST", null, T0);
    var second = new WavePlanner.Candidate(high, "high", "POST", null, T0);
    assertEquals(List.of("low", "high"), numbers(WavePlanner.select(List.of(second, first), CUTOFFS, 5)));
  }

  private static WavePlanner.Candidate candidate(String number, String method, LocalDate date, Instant received) {
    return new WavePlanner.Candidate(UUID.randomUUID(), number, method, date, received);
  }

  private static List<String> numbers(List<WavePlanner.Candidate> candidates) {
    return candidates.stream().map(WavePlanner.Candidate::number).toList();
  }
}
