package com.fulfil.packing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The shipping label's data (the PDF comes from the reporting module once it exists): the parcel
 * number, which is also the Code-128 barcode's value, the sender shop, the recipient, how it goes,
 * and the cash to collect ({@code cod} null when prepaid).
 */
public record LabelView(
    String parcelNumber,
    String barcode,
    String orderNumber,
    Shop shop,
    Recipient recipient,
    String deliveryMethod,
    LocalDate deliveryDate,
    Cod cod,
    int weightGrams,
    String box,
    Instant packedAt) {

  public record Shop(String id, String name) {}

  public record Recipient(String name, String phone, String address) {
    @Override
    public String toString() {
      return "Recipient[***]";
    }
  }

  public record Cod(long amountMinor, String currency) {}
}
