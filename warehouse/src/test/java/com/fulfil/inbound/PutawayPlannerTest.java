package com.fulfil.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.layout.BinView;
import com.fulfil.layout.ZoneKind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PutawayPlannerTest {

  private static BinView bin(String barcode, ZoneKind kind, int sequence) {
    return new BinView(UUID.randomUUID(), barcode, "A-" + barcode, "A", kind, "1", "1", "1", "1", sequence);
  }

  private static final BinView A10 = bin("A10", ZoneKind.STORAGE, 10);
  private static final BinView A20 = bin("A20", ZoneKind.STORAGE, 20);
  private static final BinView A30 = bin("A30", ZoneKind.STORAGE, 30);
  private static final BinView DOCK = bin("DOCK", ZoneKind.RECEIVING, 0);
  private static final BinView QRN = bin("QRN", ZoneKind.QUARANTINE, 0);

  @Test
  void aBinAlreadyHoldingTheSameLotComesFirstNearestOnThePath() {
    List<PutawayPlanner.Holding> held = List.of(
        new PutawayPlanner.Holding(A30, "L1", 5),
        new PutawayPlanner.Holding(A20, "L1", 2),
        new PutawayPlanner.Holding(DOCK, "L1", 9));
    assertEquals(A20, PutawayPlanner.suggest("L1", held, List.of(A10)).orElseThrow());
  }

  @Test
  void anotherLotOrTheDockIsNotAPlaceForItThenTheFirstEmptyBinIs() {
    List<PutawayPlanner.Holding> held = List.of(
        new PutawayPlanner.Holding(A10, "L2", 5),
        new PutawayPlanner.Holding(DOCK, "L1", 9),
        new PutawayPlanner.Holding(QRN, "L1", 1),
        new PutawayPlanner.Holding(A20, "L1", 0));
    assertEquals(A20.barcode(), PutawayPlanner.suggest("L1", held, List.of(A30, A20)).orElseThrow().barcode(),
        "an emptied bin of the lot does not count as holding it; the first empty bin on the path does");
  }

  @Test
  void withNothingHeldAndNoEmptyStorageBinThereIsNoSuggestion() {
    assertTrue(PutawayPlanner.suggest("", List.of(), List.of(DOCK, QRN)).isEmpty());
    assertEquals(A10, PutawayPlanner.suggest("", List.of(), List.of(A30, A10)).orElseThrow());
  }
}
