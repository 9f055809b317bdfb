package com.fulfil.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fulfil.web.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockBalanceTest {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void reservedUnitsCannotBeMovedAndNoMoreThanFreeCanBeReserved() {
    StockBalance b = new StockBalance("TEA", UUID.randomUUID(), null, null, T0);
    b.add(5, T0);
    b.reserve(3);
    assertEquals(2, b.free());
    ProblemException e = assertThrows(ProblemException.class, () -> b.take(3));
    assertEquals(409, e.status());
    assertEquals("qty", e.violations().get(0).field());
    assertThrows(IllegalStateException.class, () -> b.reserve(3));
    b.take(2);
    b.release(3);
    assertEquals(3, b.onHand());
    assertEquals(0, b.reserved());
    assertThrows(IllegalStateException.class, () -> b.release(1));
    assertThrows(IllegalArgumentException.class, () -> b.add(0, T0));
  }

  @Test
  void theOldestReceiptGivesTheFifoOrder() {
    StockBalance b = new StockBalance("TEA", UUID.randomUUID(), "", null, T0);
    b.add(1, T0.plusSeconds(60));
    b.add(1, T0.minusSeconds(60));
    assertEquals(T0.minusSeconds(60), b.receivedAt());
    assertEquals(StockBalance.NO_LOT, b.lot());
  }

  @Test
  void aMovementMovesUnitsBetweenTwoDifferentPlaces() {
    UUID bin = UUID.randomUUID();
    assertThrows(IllegalArgumentException.class, () -> new StockMove("TEA", null, null, bin, bin, 1, MovementReason.RELOCATION, null, null));
    assertThrows(IllegalArgumentException.class, () -> new StockMove("TEA", null, null, null, null, 1, MovementReason.ADJUSTMENT, null, null));
    assertThrows(IllegalArgumentException.class, () -> new StockMove("TEA", null, null, null, bin, 0, MovementReason.ADJUSTMENT, null, null));
    assertEquals("", new StockMove("TEA", null, null, null, bin, 1, MovementReason.ADJUSTMENT, null, null).lot());
  }

  @Test
  void lotsAreRequiredExactlyForTrackedSkus() {
    SkuCatalogue.Item tracked = new SkuCatalogue.Item("MILK", "Milk", java.util.List.of(), true);
    SkuCatalogue.Item plain = new SkuCatalogue.Item("TEA", "Tea", java.util.List.of(), false);
    java.util.List<com.fulfil.web.Violation> v = new java.util.ArrayList<>();
    assertEquals(new LotSpec("L1", java.time.LocalDate.parse("2026-03-01")), LotSpec.of(tracked, " L1 ", "2026-03-01", "", v));
    assertEquals(LotSpec.NONE, LotSpec.of(plain, null, " ", "", v));
    assertEquals(java.util.List.of(), v);
    assertEquals(null, LotSpec.of(tracked, null, "01.03.2026", "lines[2].", v));
    assertEquals(java.util.List.of("lines[2].lot", "lines[2].expiry"), v.stream().map(com.fulfil.web.Violation::field).toList());
  }
}
