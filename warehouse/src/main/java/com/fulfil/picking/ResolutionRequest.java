package com.fulfil.picking;

/** {@code {"tenant": "alfa", "note": "counted: bin had 1, stock adjusted"}}: how a pick exception was resolved. */
public record ResolutionRequest(String tenant, String note) {}
