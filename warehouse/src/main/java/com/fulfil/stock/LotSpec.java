package com.fulfil.stock;

import com.fulfil.web.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The lot and expiry of stated units, checked against the SKU: a SKU that tracks lots needs both
 * (expiry as an ISO date); one that does not takes neither. The one place this rule lives.
 */
public record LotSpec(String lot, LocalDate expiry) {

  static final int LOT_MAX = 64;
  public static final LotSpec NONE = new LotSpec(StockBalance.NO_LOT, null);

  /**
   * Checks {@code lot}/{@code expiry} for {@code item}, adding violations named {@code prefix +
   * "lot"} and {@code prefix + "expiry"}; returns null when any was added.
   */
  public static LotSpec of(SkuCatalogue.Item item, String lot, String expiry, String prefix, List<Violation> v) {
    boolean hasLot = lot != null && !lot.isBlank();
    boolean hasExpiry = expiry != null && !expiry.isBlank();
    int before = v.size();
    if (!item.expiryTracked()) {
      if (hasLot) {
        v.add(Violation.field(prefix + "lot", "SKU " + item.sku() + " does not track lots"));
      }
      if (hasExpiry) {
        v.add(Violation.field(prefix + "expiry", "SKU " + item.sku() + " does not track expiry"));
      }
      return v.size() == before ? NONE : null;
    }
    if (!hasLot) {
      v.add(Violation.field(prefix + "lot", "is required: SKU " + item.sku() + " tracks lots"));
    } else if (lot.trim().length() > LOT_MAX || !lot.trim().matches("[\\x21-\\x7e]+")) {
      v.add(Violation.field(prefix + "lot", "must be 1-" + LOT_MAX + " printable characters without spaces"));
    }
    LocalDate date = null;
    if (!hasExpiry) {
      v.add(Violation.field(prefix + "expiry", "is required: SKU " + item.sku() + " tracks expiry"));
    } else {
      try {
        date = LocalDate.parse(expiry.trim());
      } catch (DateTimeParseException e) {
        v.add(Violation.field(prefix + "expiry", "must be a date such as 2026-03-01"));
      }
    }
    return v.size() == before ? new LotSpec(lot.trim(), date) : null;
  }
}
