package com.fulfil.count;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a counter found in one bin: {@code {"bin": "BIN-A-01-03-2-B", "items": [{"barcode":
 * "4601234567893", "qty": 12}, {"barcode": "4601234567800", "lot": "L7", "expiry": "2027-01-31",
 * "qty": 3}]}}. An empty list says the bin is empty. {@code lot} is needed for a SKU that tracks
 * lots when the bin holds several lots of it or none; {@code expiry} for a lot the books do not know.
 * The same barcode (and lot) on several items is added up.
 */
public record TallyRequest(String bin, List<Item> items) {

  public record Item(String barcode, String lot, String expiry, Integer qty) {}

  static final int ITEMS_MAX = 500;
  static final int QTY_MAX = 100_000;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (bin == null || bin.isBlank()) {
      v.add(Violation.field("bin", "is required"));
    }
    if (items == null) {
      v.add(Violation.field("items", "is required (an empty list for an empty bin)"));
      return v;
    }
    if (items.size() > ITEMS_MAX) {
      v.add(Violation.field("items", "must list at most " + ITEMS_MAX + " items"));
      return v;
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      String at = "items[" + i + "].";
      if (item == null) {
        v.add(Violation.field("items[" + i + "]", "is required"));
        continue;
      }
      if (item.barcode() == null || item.barcode().isBlank()) {
        v.add(Violation.field(at + "barcode", "is required"));
      }
      if (item.qty() == null || item.qty() < 1 || item.qty() > QTY_MAX) {
        v.add(Violation.field(at + "qty", "must be a whole number from 1 to " + QTY_MAX));
      }
    }
    return v;
  }
}
