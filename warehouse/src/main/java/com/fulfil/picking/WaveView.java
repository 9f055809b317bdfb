package com.fulfil.picking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A released wave: its code and one pick list (with tote) per order, in release order. */
public record WaveView(UUID id, String code, String tenant, String releasedBy, Instant releasedAt, List<ListSummary> lists) {

  /** One order's list in the wave. */
  public record ListSummary(UUID listId, UUID orderId, String orderNumber, String deliveryMethod, String tote, int picks, int units) {}
}
