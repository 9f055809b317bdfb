package com.fulfil.callcentre;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;

/**
 * A call task as staff see it. Times are UTC instants; {@code buyerZone} is the IANA zone the
 * calling window was applied in. {@code state} is OPEN or CLOSED; {@code dueAt} is the deadline of
 * the first call (the SLA anchor); {@code availableAt} is when the next call may be made; {@code
 * notAfter} is the last useful moment (pre-delivery: the slot start). {@code claimedBy} and {@code
 * claimedUntil} name the operator holding it now, if anyone; {@code abandonedClaims} counts claims
 * that ran out without an outcome.
 */
@JsonbNillable
public record CallTaskView(
    UUID id,
    UUID orderId,
    CallKind kind,
    String state,
    String buyerZone,
    Instant receivedAt,
    Instant dueAt,
    Instant availableAt,
    Instant notAfter,
    int attempts,
    int unreachable,
    int callBacks,
    int abandonedClaims,
    String claimedBy,
    Instant claimedUntil,
    Instant closedAt,
    String closedReason) {

  static CallTaskView of(CallTask t) {
    return new CallTaskView(
        t.id(), t.orderId(), t.kind(), t.isOpen() ? "OPEN" : "CLOSED", t.buyerZone().getId(), t.receivedAt(), t.dueAt(),
        t.availableAt(), t.notAfter(), t.attempts(), t.unreachable(), t.callBacks(), t.abandonedClaims(), t.claimedBy(),
        t.claimedUntil(), t.closedAt(), t.closedReason());
  }
}
