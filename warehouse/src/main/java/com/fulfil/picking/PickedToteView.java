package com.fulfil.picking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What packing needs from a scanned tote: the shop, the picked order and the units picked into it. */
public record PickedToteView(String tenant, UUID orderId, String orderNumber, String tote, Instant pickedAt, List<Item> items) {

  public record Item(String sku, String name, List<String> barcodes, String lot, int qty) {}
}
