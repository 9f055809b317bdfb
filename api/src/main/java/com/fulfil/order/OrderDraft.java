package com.fulfil.order;

import java.util.List;

/** An order as intake validated and normalised it, ready to be received. */
record OrderDraft(
    String externalNumber,
    Buyer buyer,
    List<OrderLine> lines,
    String currency,
    long deliveryFeeMinor,
    PaymentForm paymentForm,
    DeliveryMethod deliveryMethod,
    Schedule schedule,
    String notes) {}
