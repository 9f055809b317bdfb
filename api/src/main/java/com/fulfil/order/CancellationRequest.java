package com.fulfil.order;

/** Why the shop cancels the order. */
public record CancellationRequest(String reason) {}
