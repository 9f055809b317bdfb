package com.fulfil.picking;

/** A shop with {@code allocated} orders waiting for a wave. */
public record BacklogView(String tenant, String name, int allocated) {}
