package com.fulfil.stock;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A storekeeper moves units between bins, with a reason: {@code {"tenant": "alfa", "sku": "TEA-1",
 * "lot": null, "from": "BIN-A-01", "to": "QUARANTINE-1", "qty": 2, "reason": "crushed box"}}.
 * Damaged goods go to the quarantine bin (blocked for orders); a write-off is then an adjustment
 * out of it ({@link AdjustmentRequest} with a negative {@code qty}).
 */
public record RelocationRequest(String tenant, String sku, String lot, String from, String to, Integer qty, String reason) {

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(tenant)) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    if (sku == null || sku.isBlank()) {
      v.add(Violation.field("sku", "is required"));
    }
    if (from == null || from.isBlank()) {
      v.add(Violation.field("from", "is required"));
    }
    if (to == null || to.isBlank()) {
      v.add(Violation.field("to", "is required"));
    } else if (from != null && from.trim().equals(to.trim())) {
      v.add(Violation.field("to", "must be another bin than from"));
    }
    if (qty == null || qty < 1 || qty > AdjustmentRequest.QTY_MAX) {
      v.add(Violation.field("qty", "must be a whole number from 1 to " + AdjustmentRequest.QTY_MAX));
    }
    if (reason == null || reason.isBlank()) {
      v.add(Violation.field("reason", "is required"));
    } else if (reason.length() > AdjustmentRequest.REASON_MAX) {
      v.add(Violation.field("reason", "must be at most " + AdjustmentRequest.REASON_MAX + " characters"));
    }
    return v;
  }
}
