package com.fulfil.picking;

import java.time.Instant;
import java.util.UUID;

/**
 * A short pick for the storekeeper: the order, its list and tote; what was wanted from which bin,
 * what was found; and its resolution ({@code action} CLOSE or REPICK, with the note).
 */
public record PickExceptionView(
    UUID id, String tenant, UUID orderId, String orderNumber, UUID listId, String tote, String sku, String lot, String bin,
    int expected, int picked, String reason, String raisedBy, Instant raisedAt, String resolvedBy, Instant resolvedAt,
    String action, String resolution) {}
