package com.fulfil.order;

/**
 * One line: a SKU code of the shop's catalogue, a quantity, and the unit price in minor units; an
 * absent price takes the catalogue's current price. The name is always the catalogue's.
 */
public record OrderLineRequest(String sku, Integer qty, Long unitPriceMinor) {}
