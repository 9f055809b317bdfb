package com.fulfil.packing;

/** A box size at the packing stations; {@code code} is printed on the station as its barcode. */
public record BoxView(String code, String name, int lengthMm, int widthMm, int heightMm, int maxWeightGrams) {}
