package com.fulfil.inbound;

/**
 * One scan at the dock: {@code {"barcode": "4601234567893", "qty": 1, "lot": null, "expiry": null,
 * "damaged": false}}. {@code qty} defaults to 1 (1-10,000: a scanned case); {@code lot} is needed
 * for a SKU that tracks lots when the shipment has several lots of it, {@code expiry} for a lot the
 * shipment did not announce; {@code damaged} units go to quarantine.
 */
public record ScanRequest(String barcode, Integer qty, String lot, String expiry, Boolean damaged) {}
