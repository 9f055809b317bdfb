package com.fulfil.picking;

/** {@code {"barcode": "..."}}: what the scanner read (a bin's or an item's barcode). */
public record PickScanRequest(String barcode) {}
