package com.fulfil.stock;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A movement to make: {@code qty} (positive) units of {@code sku}/{@code lot} from {@code fromBin}
 * (null: from outside) to {@code toBin} (null: out of the warehouse). {@code reference} ties it to
 * its cause ({@code asn:<id>}); {@code note} is a person's reason for an adjustment.
 */
public record StockMove(
    String sku,
    String lot,
    LocalDate expiry,
    UUID fromBin,
    UUID toBin,
    int qty,
    MovementReason reason,
    String reference,
    String note) {

  public StockMove {
    lot = lot == null ? StockBalance.NO_LOT : lot;
    if (qty <= 0) {
      throw new IllegalArgumentException("a movement moves at least one unit");
    }
    if (fromBin == null && toBin == null) {
      throw new IllegalArgumentException("a movement has a bin on at least one side");
    }
    if (fromBin != null && fromBin.equals(toBin)) {
      throw new IllegalArgumentException("a movement goes from one bin to another");
    }
  }
}
