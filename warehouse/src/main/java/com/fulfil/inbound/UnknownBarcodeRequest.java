package com.fulfil.inbound;

/** A storekeeper's report of items that arrived with a barcode no SKU of the shop has: {@code {"barcode": "...", "qty": 2, "note": "..."}}. */
public record UnknownBarcodeRequest(String barcode, Integer qty, String note) {}
