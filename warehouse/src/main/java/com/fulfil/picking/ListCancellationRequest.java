package com.fulfil.picking;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"tenant": "alfa", "reason": "carrier changed, release tomorrow"}}: a storekeeper takes back
 * a released pick list of the shop that no picker has started; the reason goes to the order's timeline.
 */
public record ListCancellationRequest(String tenant, String reason) {

  static final int REASON_MAX = 200;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(tenant)) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    if (reason == null || reason.isBlank() || reason.trim().length() > REASON_MAX) {
      v.add(Violation.field("reason", "is required, at most " + REASON_MAX + " characters"));
    }
    return v;
  }
}
