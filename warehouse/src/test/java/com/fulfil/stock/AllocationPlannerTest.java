package com.fulfil.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocationPlannerTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static AllocationPlanner.Candidate c(String sku, String lot, String expiry, int daysAfterT, int seq, int free) {
    return new AllocationPlanner.Candidate(
        UUID.randomUUID(), sku, lot, expiry == null ? null : LocalDate.parse(expiry), T.plusSeconds(86_400L * daysAfterT), seq, "B" + seq, free);
  }

  private static List<String> lotsTaken(AllocationPlanner.Plan plan, List<AllocationPlanner.Candidate> cs) {
    return plan.takes().stream()
        .map(t -> cs.stream().filter(c -> c.balanceId().equals(t.balanceId())).findFirst().orElseThrow())
        .map(c -> c.lot() + "@" + c.binBarcode())
        .toList();
  }

  @Test
  void fifoTakesTheEarliestReceiptFirstWhateverTheBinOrder() {
    List<AllocationPlanner.Candidate> cs = List.of(
        c("TEA", "", null, 5, 10, 4),
        c("TEA", "", null, 1, 90, 2),
        c("TEA", "", null, 3, 50, 9));
    AllocationPlanner.Plan plan = AllocationPlanner.plan(Map.of("TEA", 5), Map.of("TEA", false), cs, TODAY);
    assertTrue(plan.complete());
    assertEquals(List.of("@B90", "@B50"), lotsTaken(plan, cs));
    assertEquals(List.of(2, 3), plan.takes().stream().map(AllocationPlanner.Take::qty).toList());
  }

  @Test
  void fefoTakesTheSoonestExpiryFirstAndSkipsExpiredLots() {
    List<AllocationPlanner.Candidate> cs = List.of(
        c("MILK", "LATE", "2027-03-01", 0, 10, 5),
        c("MILK", "OLD", "2026-11-22", 0, 20, 50),
        c("MILK", "SOON", "2026-12-01", 9, 30, 2),
        c("MILK", "TODAY", "2026-11-23", 9, 40, 1));
    AllocationPlanner.Plan plan = AllocationPlanner.plan(Map.of("MILK", 4), Map.of("MILK", true), cs, TODAY);
    assertEquals(List.of("TODAY@B40", "SOON@B30", "LATE@B10"), lotsTaken(plan, cs),
        "expiring today is still good; expired yesterday is never given out; later receipt does not matter under FEFO");
  }

  @Test
  void equalKeysGoToTheBinEarlierOnTheWalkingPath() {
    List<AllocationPlanner.Candidate> cs = List.of(c("TEA", "", null, 0, 30, 1), c("TEA", "", null, 0, 20, 1));
    assertEquals(List.of("@B20"), lotsTaken(AllocationPlanner.plan(Map.of("TEA", 1), Map.of(), cs, TODAY), cs));
  }

  @Test
  void aShortSkuMeansNothingIsTakenAndTheShortfallIsNamed() {
    List<AllocationPlanner.Candidate> cs = List.of(c("TEA", "", null, 0, 1, 5), c("COFFEE", "", null, 0, 2, 1), c("COFFEE", "", null, 0, 3, 0));
    AllocationPlanner.Plan plan = AllocationPlanner.plan(new java.util.LinkedHashMap<>(Map.of("TEA", 2, "COFFEE", 3)), Map.of(), cs, TODAY);
    assertEquals(List.of(), plan.takes());
    assertEquals(Map.of("COFFEE", 2), plan.shortBy());
    assertEquals(Map.of("SUGAR", 1), AllocationPlanner.plan(Map.of("SUGAR", 1), Map.of(), cs, TODAY).shortBy());
  }
}
