package com.fulfil.packing;

/** {@code {"tote": "TOTE-…"}}: the tote scanned at the packing station. */
public record ToteRequest(String tote) {}
