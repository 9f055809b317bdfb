package com.fulfil.picking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What packing needs from a scanned tote: the shop, the picked list and order, the units picked into
 * it, and how many of its short picks still wait for the storekeeper ({@code openShortPicks}).
 */
public record PickedToteView(
    String tenant, UUID listId, UUID orderId, String orderNumber, String tote, Instant pickedAt, int openShortPicks, List<Item> items) {

  public record Item(String sku, String name, List<String> barcodes, String lot, int qty) {}
}
