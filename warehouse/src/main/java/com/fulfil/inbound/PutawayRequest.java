package com.fulfil.inbound;

/**
 * A putaway confirmed by scanning: {@code {"barcode": "4601234567893", "lot": null, "bin":
 * "BIN-A-01-03-2-B", "qty": 12}} — the item's barcode, the lot when the shipment has several lots
 * of the SKU waiting, the scanned bin and how many units were put there.
 */
public record PutawayRequest(String barcode, String lot, String bin, Integer qty) {}
