package com.fulfil.picking;

import com.fulfil.layout.BinView;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which a picker walks to bins: the layout's explicit walking sequence first, then the
 * bin's address (zone, aisle, rack, shelf, position) for bins that share a sequence, then the
 * barcode; stops at the same bin keep their given order.
 */
public final class WalkingPath {

  static final Comparator<BinView> BY_PATH =
      Comparator.comparingInt(BinView::sequence)
          .thenComparing(BinView::zone)
          .thenComparing(BinView::aisle)
          .thenComparing(BinView::rack)
          .thenComparing(BinView::shelf)
          .thenComparing(BinView::position)
          .thenComparing(BinView::barcode);

  private WalkingPath() {}

  /** {@code stops} sorted by the walking order of their bins (stable). */
  public static <T> List<T> order(List<T> stops, Function<T, BinView> bin) {
    return stops.stream().sorted(Comparator.comparing(bin, BY_PATH)).toList();
  }
}
