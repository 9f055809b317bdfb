package com.fulfil.picking;

/**
 * {@code {"tenant": "alfa", "action": "REPICK"}} or {@code {"tenant": "alfa", "action": "CLOSE",
 * "note": "counted: bin had 1, stock adjusted"}}: how a pick exception is resolved. {@code action}
 * defaults to CLOSE, which needs a note; a re-pick's note is optional.
 */
public record ResolutionRequest(String tenant, String action, String note) {}
