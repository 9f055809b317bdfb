package com.fulfil.callcentre;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;

/**
 * What recording an outcome did: the attempt made ({@code attempt} is its 1-based number on the
 * task), whether the task is now closed or, if not, when it is called next ({@code nextCallAt},
 * UTC; null when closed), and the order's status afterwards ({@code orderStatus}, e.g. CONFIRMED,
 * CANCELLED, UNREACHABLE_HOLD, or unchanged AWAITING_CONFIRMATION).
 *
 * <pre>{@code
 * {"taskId": "...", "attemptId": "...", "attempt": 2, "outcome": "UNREACHABLE",
 *  "taskClosed": false, "nextCallAt": "2025-03-01T10:15:00Z", "orderStatus": "AWAITING_CONFIRMATION"}
 * }</pre>
 */
@JsonbNillable
public record CallOutcomeView(
    UUID taskId,
    UUID attemptId,
    int attempt,
    CallOutcome outcome,
    boolean taskClosed,
    Instant nextCallAt,
    String orderStatus) {}
