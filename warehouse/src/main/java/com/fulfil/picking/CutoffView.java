package com.fulfil.picking;

/** {@code {"deliveryMethod": "COURIER", "cutoff": "14:00"}}. */
public record CutoffView(String deliveryMethod, String cutoff) {}
