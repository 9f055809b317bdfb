package com.fulfil.picking;

import java.time.Instant;
import java.util.UUID;

/** A short pick for the storekeeper: what was wanted from which bin, what was found, and its resolution. */
public record PickExceptionView(
    UUID id, String tenant, UUID orderId, String sku, String lot, String bin, int expected, int picked, String reason,
    String raisedBy, Instant raisedAt, String resolvedBy, Instant resolvedAt, String resolution) {}
