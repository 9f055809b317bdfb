package com.fulfil.picking;

/** {@code {"cutoff": "14:00"}}: the carrier's cut-off time of day for a delivery method. */
public record CutoffRequest(String cutoff) {}
