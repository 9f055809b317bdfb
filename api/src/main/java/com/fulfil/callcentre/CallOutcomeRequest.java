package com.fulfil.callcentre;

import com.fulfil.order.OrderConfirmation;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What came of a call, as the operator records it (body of {@code POST
 * /api/v1/ops/calls/{taskId}/outcome}):
 *
 * <pre>{@code
 * {"outcome": "CONFIRMED",                 // CONFIRMED | CANCELLED | UNREACHABLE | CALL_BACK
 *  "notes": "asked for a call before the courier comes",   // optional, at most 2,000 characters
 *  "reason": "found it cheaper elsewhere", // required for CANCELLED, at most 500 characters
 *  "callBackAt": "2025-03-01T18:30:00+05:00",  // required for CALL_BACK, ISO-8601 with offset
 *  "edits": {                               // optional, only with CONFIRMED of a confirmation call
 *    "lines": [{"sku": "TEA-1", "qty": 1}], // replaces all lines (as in the order API)
 *    "address": {"country": "RU", "region": "...", "city": "...", "street": "...", "postalCode": "..."},
 *    "deliveryDate": "2025-03-03", "slotFrom": "10:00", "slotTo": "14:00",
 *    "paymentForm": "COD_CARD"}}
 * }</pre>
 *
 * Every absent edit means "unchanged"; the edits are checked as at intake, and their errors name
 * the field under {@code edits} (e.g. {@code edits.lines[0].sku}).
 */
public record CallOutcomeRequest(
    String outcome, String notes, String reason, String callBackAt, OrderConfirmation edits) {

  static final int REASON_MAX = 500;

  /** The request checked and parsed; 400 naming every bad field otherwise. */
  record Parsed(CallOutcome outcome, String notes, String reason, Instant callBackAt, OrderConfirmation edits) {}

  Parsed parse() {
    List<Violation> v = new ArrayList<>();
    CallOutcome kind = null;
    try {
      kind = outcome == null ? null : CallOutcome.valueOf(outcome.trim());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (kind == null) {
      v.add(Violation.field("outcome", "must be one of " + Arrays.toString(CallOutcome.values())));
    }
    if (notes != null && notes.length() > CallAttempt.NOTES_MAX) {
      v.add(Violation.field("notes", "must be at most " + CallAttempt.NOTES_MAX + " characters"));
    }
    boolean cancelling = kind == CallOutcome.CANCELLED;
    if (cancelling && (reason == null || reason.isBlank())) {
      v.add(Violation.field("reason", "is required when the order is cancelled"));
    } else if (reason != null && reason.length() > REASON_MAX) {
      v.add(Violation.field("reason", "must be at most " + REASON_MAX + " characters"));
    }
    Instant at = null;
    if (kind == CallOutcome.CALL_BACK) {
      if (callBackAt == null || callBackAt.isBlank()) {
        v.add(Violation.field("callBackAt", "is required for CALL_BACK"));
      } else {
        try {
          at = OffsetDateTime.parse(callBackAt.trim()).toInstant();
        } catch (DateTimeException e) {
          v.add(Violation.field("callBackAt", "must be an ISO-8601 date-time with offset, e.g. 2025-03-01T10:30:00+03:00"));
        }
      }
    } else if (kind != null && callBackAt != null && !callBackAt.isBlank()) {
      v.add(Violation.field("callBackAt", "is only for CALL_BACK"));
    }
    if (edits != null && kind != null && kind != CallOutcome.CONFIRMED) {
      v.add(Violation.field("edits", "are only for CONFIRMED"));
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return new Parsed(kind, blankToNull(notes), blankToNull(reason), at, edits);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
