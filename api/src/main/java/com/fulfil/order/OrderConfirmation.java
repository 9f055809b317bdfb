package com.fulfil.order;

import java.util.List;

/**
 * What the buyer changed while confirming by phone; every null component means "unchanged", so
 * {@code new OrderConfirmation(null, null, null, null, null, null)} confirms the order as it is.
 * Values are checked as at intake and the totals are recomputed. {@code lines} replaces all lines;
 * {@code address} replaces the whole address (a derived time zone follows it, one the shop stated
 * stays); a slot is changed as a pair. The wire form is the same as in {@link OrderRequest}.
 */
public record OrderConfirmation(
    List<OrderLineRequest> lines,
    AddressRequest address,
    String deliveryDate,
    String slotFrom,
    String slotTo,
    String paymentForm) {

  public static final OrderConfirmation AS_IS = new OrderConfirmation(null, null, null, null, null, null);
}
