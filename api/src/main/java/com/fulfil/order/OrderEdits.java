package com.fulfil.order;

import java.util.List;

/**
 * Validated changes made while confirming with the buyer; null means unchanged. {@code zone} is the
 * zone derived from the new address (used unless the shop stated the buyer's zone).
 */
record OrderEdits(
    List<OrderLine> lines, Address address, BuyerZone zone, Schedule schedule, PaymentForm paymentForm) {

  static final OrderEdits NONE = new OrderEdits(null, null, null, null, null);
}
