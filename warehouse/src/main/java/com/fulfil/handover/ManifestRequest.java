package com.fulfil.handover;

/** {@code {"carrier": "COURIER"}}: a new manifest for one carrier (an orders' delivery method). */
public record ManifestRequest(String carrier) {}
