package com.fulfil.handover;

/** {@code {"barcode": "PCL000000123"}}: a parcel's number, scanned from its label. */
public record ParcelScanRequest(String barcode) {}
