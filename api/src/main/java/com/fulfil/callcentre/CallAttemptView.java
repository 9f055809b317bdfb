package com.fulfil.callcentre;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;

/**
 * One call made about an order: who ({@code operator}, the staff login), when ({@code startedAt}:
 * the claim; {@code endedAt}: the recorded outcome; UTC), what came of it, the operator's notes,
 * the cancellation reason, the requested call-back time, and whether it decided its task.
 */
@JsonbNillable
public record CallAttemptView(
    UUID id,
    UUID taskId,
    UUID orderId,
    CallKind kind,
    int attempt,
    String operator,
    Instant startedAt,
    Instant endedAt,
    CallOutcome outcome,
    String notes,
    String reason,
    Instant callBackAt,
    boolean closesTask) {

  static CallAttemptView of(CallAttempt a) {
    return new CallAttemptView(
        a.id(), a.taskId(), a.orderId(), a.kind(), a.attemptNo(), a.operator(), a.startedAt(), a.endedAt(), a.outcome(),
        a.notes(), a.reason(), a.callBackAt(), a.closesTask());
  }
}
