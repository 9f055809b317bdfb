package com.fulfil.order;

import java.util.List;

/**
 * An order's money, in minor units of the shop's currency: the goods, the delivery fee the buyer
 * pays, and what the courier must collect at the door (goods + delivery for cash/card on delivery,
 * nothing for a prepaid order). Computed, never taken from the caller, so it cannot disagree with
 * the lines.
 */
record Totals(long goodsTotalMinor, long deliveryFeeMinor, long codAmountMinor) {

  /** @throws ArithmeticException when the sum does not fit a long (a typo, not an order) */
  static Totals of(List<OrderLine> lines, long deliveryFeeMinor, PaymentForm paymentForm) {
    long goods = 0;
    for (OrderLine line : lines) {
      goods = Math.addExact(goods, line.amountMinor());
    }
    long cod = paymentForm.collectsOnDelivery() ? Math.addExact(goods, deliveryFeeMinor) : 0;
    return new Totals(goods, deliveryFeeMinor, cod);
  }
}
