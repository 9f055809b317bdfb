package com.fulfil.picking;

/**
 * {@code {"qty": 2, "reason": "bin empty"}}: the units found and put into the tote; fewer than the
 * pick wants is a short pick (the reason, optional, goes to the exception).
 */
public record PickConfirmationRequest(Integer qty, String reason) {}
