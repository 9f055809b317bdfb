package com.fulfil.count;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A new count: {@code {"tenant": "alfa", "bins": ["BIN-A-01-03-2-B", "BIN-A-01-03-3-A"], "note":
 * "monthly A aisle"}} — the shop whose stock is counted and the bins, in the order to walk them.
 */
public record CountRequest(String tenant, List<String> bins, String note) {

  static final int BINS_MAX = 200;
  static final int NOTE_MAX = 500;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(tenant)) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    if (bins == null || bins.isEmpty() || bins.size() > BINS_MAX) {
      v.add(Violation.field("bins", "must list 1 to " + BINS_MAX + " bin barcodes"));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < bins.size(); i++) {
        String bin = bins.get(i);
        if (bin == null || bin.isBlank()) {
          v.add(Violation.field("bins[" + i + "]", "is required"));
        } else if (!seen.add(bin.trim())) {
          v.add(Violation.field("bins[" + i + "]", "is listed twice"));
        }
      }
    }
    if (note != null && note.length() > NOTE_MAX) {
      v.add(Violation.field("note", "must be at most " + NOTE_MAX + " characters"));
    }
    return v;
  }
}
