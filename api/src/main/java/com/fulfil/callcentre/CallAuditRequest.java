package com.fulfil.callcentre;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A supervisor's mystery-shopper score of one call (body of {@code POST
 * /api/v1/ops/callcentre/tenants/{tenant}/attempts/{attemptId}/audit}): points for every item of
 * the checklist, each from 0 to the item's maximum (the maxima add up to 100):
 *
 * <pre>{@code
 * {"items": {"greeting": 5, "introducedSelf": 5, "verifiedBuyer": 10, "confirmedItems": 20,
 *            "confirmedTotal": 15, "confirmedAddress": 15, "confirmedDeliverySlot": 10,
 *            "politeClosing": 10},
 *  "notes": "did not repeat the total"}
 * }</pre>
 *
 * A missing, unknown or out-of-range item is refused naming {@code items.<item>}.
 */
public record CallAuditRequest(Map<String, Integer> items, String notes) {

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>(CallChecklist.violations(items));
    if (notes != null && notes.length() > CallAttempt.NOTES_MAX) {
      v.add(Violation.field("notes", "must be at most " + CallAttempt.NOTES_MAX + " characters"));
    }
    return v;
  }
}
