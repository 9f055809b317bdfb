package com.fulfil.picking;

/** {@code {"wave": "<wave id>"}} (optional, as is the body): take the next list of that wave only. */
public record ClaimRequest(String wave) {}
