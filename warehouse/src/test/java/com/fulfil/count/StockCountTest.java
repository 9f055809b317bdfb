package com.fulfil.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockCountTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();

  @Test
  void theCodeNamesTheShop() {
    StockCount count = StockCount.open(new TenantId("alfa"), List.of(a), null, "supervisor", NOW);
    assertTrue(count.code().matches("CNT\\.alfa\\.[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}"), count.code());
    assertEquals(new TenantId("alfa"), StockCount.tenantOfCode(count.code()).orElseThrow());
    assertTrue(StockCount.tenantOfCode("ASN.alfa.23456789AB").isEmpty());
    assertTrue(StockCount.tenantOfCode("CNT.alfa.0000000000").isEmpty());
    assertTrue(StockCount.tenantOfCode(null).isEmpty());
  }

  @Test
  void eachBinIsCountedOncePerRoundAndOnlyBinsOfTheSheet() {
    StockCount count = StockCount.open(new TenantId("alfa"), List.of(a, b), null, "supervisor", NOW);
    assertThrows(ProblemException.class, () -> count.binToCount(UUID.randomUUID(), "X"));
    CountBin first = count.binToCount(a, "A");
    count.tallied(first, "storekeeper", NOW, false);
    ProblemException twice = assertThrows(ProblemException.class, () -> count.binToCount(a, "A"));
    assertEquals(409, twice.status());
    assertEquals(CountStatus.COUNTING, count.status(), "one bin left");
  }

  @Test
  void aRoundWithoutVarianceClosesAndOneWithAVarianceWaits() {
    StockCount clean = StockCount.open(new TenantId("alfa"), List.of(a), null, "supervisor", NOW);
    clean.tallied(clean.binToCount(a, "A"), "storekeeper", NOW, false);
    assertEquals(CountStatus.CLOSED, clean.status());
    assertFalse(clean.open());

    StockCount off = StockCount.open(new TenantId("alfa"), List.of(a), null, "supervisor", NOW);
    off.tallied(off.binToCount(a, "A"), "storekeeper", NOW, true);
    assertEquals(CountStatus.AWAITING_APPROVAL, off.status());
    ProblemException closedForTallies = assertThrows(ProblemException.class, () -> off.binToCount(a, "A"));
    assertEquals("status", closedForTallies.violations().get(0).field());
  }

  @Test
  void aCounterCannotDecideAnotherPersonCan() {
    StockCount count = StockCount.open(new TenantId("alfa"), List.of(a, b), null, "lead", NOW);
    count.tallied(count.binToCount(a, "A"), "lead", NOW, true);
    count.tallied(count.binToCount(b, "B"), "storekeeper", NOW, true);
    assertEquals(List.of("lead", "storekeeper"), count.counters());
    ProblemException self = assertThrows(ProblemException.class, () -> count.approve("storekeeper", NOW));
    assertEquals(403, self.status());
    assertEquals("approver", self.violations().get(0).field());
    assertThrows(ProblemException.class, () -> count.reject("lead", NOW));
    count.approve("supervisor", NOW);
    assertEquals(CountStatus.ADJUSTED, count.status());
    assertEquals(409, assertThrows(ProblemException.class, () -> count.approve("platform-admin", NOW)).status());
  }

  @Test
  void aRejectionStartsANewRoundWithEveryBinToCount() {
    StockCount count = StockCount.open(new TenantId("alfa"), List.of(a), null, "supervisor", NOW);
    count.tallied(count.binToCount(a, "A"), "storekeeper", NOW, true);
    count.reject("supervisor", NOW);
    assertEquals(CountStatus.COUNTING, count.status());
    assertEquals(2, count.round());
    assertEquals(List.of(), count.counters());
    assertFalse(count.bins().get(0).counted());
    count.tallied(count.binToCount(a, "A"), "supervisor", NOW, true);
    assertEquals(403, assertThrows(ProblemException.class, () -> count.approve("supervisor", NOW)).status(),
        "who counted this round cannot approve it, even if they rejected the last");
  }
}
