package com.fulfil.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the stock journal ({@code wh_stock_movement}): {@code qty} units of a SKU (and lot)
 * moved from a bin (null: from outside the warehouse) to a bin (null: out of it), by whom, when and
 * why. Immutable; the application's database role may insert and read these rows, never change or
 * delete them. Not a JPA entity: EclipseLink 4.0.7 can neither bind nor read a null UUID (the
 * outside side), so {@link StockRepository} writes and reads the journal by SQL, in the shop's
 * RLS scope like any other query.
 */
record StockMovement(
    UUID id,
    String sku,
    String lot,
    LocalDate expiry,
    UUID fromBin,
    UUID toBin,
    int qty,
    MovementReason reason,
    String reference,
    String note,
    String actor,
    Instant occurredAt) {

  static StockMovement of(StockMove m, String actor, Instant at) {
    return new StockMovement(
        UUID.randomUUID(), m.sku(), m.lot(), m.expiry(), m.fromBin(), m.toBin(), m.qty(), m.reason(), m.reference(),
        m.note(), actor, at);
  }
}
