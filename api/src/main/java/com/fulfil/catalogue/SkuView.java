package com.fulfil.catalogue;

import java.util.List;
import java.util.UUID;

/** A SKU as the API shows it. */
public record SkuView(
    UUID id,
    String sku,
    String name,
    List<String> barcodes,
    int weightGrams,
    int lengthMm,
    int widthMm,
    int heightMm,
    MoneyView price,
    boolean expiryTracked,
    List<String> substitutes,
    long version) {

  /** Money on the wire: integer minor units and the ISO currency. */
  public record MoneyView(long amountMinor, String currency) {}

  static SkuView of(Sku s) {
    return new SkuView(
        s.id(), s.sku(), s.name(), s.barcodes(), s.weightGrams(), s.lengthMm(), s.widthMm(), s.heightMm(),
        new MoneyView(s.price().amountMinor(), s.price().currency().getCurrencyCode()),
        s.expiryTracked(), s.substitutes(), s.version());
  }
}
