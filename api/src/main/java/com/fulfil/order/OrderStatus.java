package com.fulfil.order;

/**
 * The states of an order's life (DESIGN §3). Which moves between them are allowed is the order's
 * own rule (see the order aggregate); this enum only names them.
 */
public enum OrderStatus {
  RECEIVED,
  AWAITING_CONFIRMATION,
  UNREACHABLE_HOLD,
  CONFIRMED,
  CANCELLED,
  REJECTED,
  ALLOCATED,
  BACKORDERED,
  PICKING,
  PACKED,
  HANDED_TO_CARRIER,
  IN_TRANSIT,
  OUT_FOR_DELIVERY,
  DELIVERED,
  REFUSED,
  UNDELIVERED,
  RETURNING,
  RETURNED
}
