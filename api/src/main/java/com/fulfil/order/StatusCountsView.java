package com.fulfil.order;

import java.util.Map;

/**
 * How many of the shop's orders are in each status, and all of them. Every status is listed, in
 * lifecycle order, zero included, so that a screen can show a stable set of tabs.
 */
public record StatusCountsView(Map<String, Long> counts, long total) {}
