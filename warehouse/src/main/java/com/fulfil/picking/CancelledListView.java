package com.fulfil.picking;

import java.time.Instant;
import java.util.UUID;

/** A pick list a storekeeper cancelled before anyone picked it: its order is ALLOCATED again. */
public record CancelledListView(
    UUID id, String tenant, UUID waveId, UUID orderId, String orderNumber, String tote, PickListStatus status,
    String cancelledBy, Instant cancelledAt, String reason) {}
