package com.fulfil.packing;

/** {@code {"barcode": "4600…"}}: one unit scanned into (or out of) the parcel. */
public record BarcodeRequest(String barcode) {}
