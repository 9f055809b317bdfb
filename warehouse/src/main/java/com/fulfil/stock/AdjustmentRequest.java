package com.fulfil.stock;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A storekeeper's correction of a count: {@code {"tenant": "alfa", "sku": "TEA-1", "bin":
 * "BIN-A-01", "lot": null, "expiry": null, "qty": -2, "reason": "found damaged in count"}}. A
 * positive {@code qty} adds units to the bin, a negative one takes them out.
 */
public record AdjustmentRequest(
    String tenant, String sku, String bin, String lot, String expiry, Integer qty, String reason) {

  static final int QTY_MAX = 100_000;
  static final int REASON_MAX = 500;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(tenant)) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    if (sku == null || sku.isBlank()) {
      v.add(Violation.field("sku", "is required"));
    }
    if (bin == null || bin.isBlank()) {
      v.add(Violation.field("bin", "is required"));
    }
    if (qty == null || qty == 0 || Math.abs((long) qty) > QTY_MAX) {
      v.add(Violation.field("qty", "must be a non-zero whole number between -" + QTY_MAX + " and " + QTY_MAX));
    }
    if (reason == null || reason.isBlank()) {
      v.add(Violation.field("reason", "is required"));
    } else if (reason.length() > REASON_MAX) {
      v.add(Violation.field("reason", "must be at most " + REASON_MAX + " characters"));
    }
    return v;
  }
}
