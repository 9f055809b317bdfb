package com.fulfil.packing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A parcel at the packing station: per SKU the units expected (picked into the tote) and scanned
 * into the box, the extra units in it, and whether it can close ({@code complete}). {@code lastScan}
 * says what the scan that answered with this view did (null for other answers).
 */
public record ParcelView(
    UUID id,
    String number,
    String tenant,
    UUID orderId,
    String orderNumber,
    String tote,
    String deliveryMethod,
    ParcelStatus status,
    String packer,
    Instant openedAt,
    Instant packedAt,
    String box,
    Integer weightGrams,
    String manifest,
    List<Item> items,
    List<Extra> extras,
    int missing,
    int extra,
    boolean complete,
    LastScan lastScan) {

  public record Item(String sku, String name, List<String> barcodes, int expected, int scanned) {}

  public record Extra(String barcode, String sku, String name, int qty) {}

  /** {@code result}: OK (wanted), EXTRA (not wanted: take it out), REMOVED (taken out). */
  public record LastScan(String barcode, String sku, String result) {}
}
