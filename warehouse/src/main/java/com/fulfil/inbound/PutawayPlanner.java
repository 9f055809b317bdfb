package com.fulfil.inbound;

import com.fulfil.layout.BinView;
import com.fulfil.layout.ZoneKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where received goods should go. First a storage bin that already holds the same SKU and lot of
 * the same shop (one pick face per lot: fewer bins to visit, and FEFO stays clear); else the first
 * empty storage bin on the walking path; else nothing (the storekeeper chooses). Lots are not mixed
 * in a suggestion.
 */
final class PutawayPlanner {

  /** Where the shop already holds units of the SKU: the bin, the lot, how many. */
  record Holding(BinView bin, String lot, int onHand) {}

  private PutawayPlanner() {}

  static Optional<BinView> suggest(String lot, List<Holding> holdings, List<BinView> emptyStorageBins) {
    Optional<BinView> sameLot =
        holdings.stream()
            .filter(h -> h.onHand() > 0 && h.lot().equals(lot) && h.bin().kind() == ZoneKind.STORAGE)
            .map(Holding::bin)
            .min(Comparator.comparingInt(BinView::sequence).thenComparing(BinView::barcode));
    if (sameLot.isPresent()) {
      return sameLot;
    }
    return emptyStorageBins.stream()
        .filter(b -> b.kind() == ZoneKind.STORAGE)
        .min(Comparator.comparingInt(BinView::sequence).thenComparing(BinView::barcode));
  }
}
