package com.fulfil.packing;

/** {@code {"box": "BOX-M", "weightGrams": 1250}}: the box the parcel went into and what it weighs. */
public record ClosingRequest(String box, Integer weightGrams) {}
