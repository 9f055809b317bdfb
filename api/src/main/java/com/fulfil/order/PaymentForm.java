package com.fulfil.order;

/** How the buyer pays: cash or card to the courier on delivery (COD), or already paid to the shop. */
public enum PaymentForm {
  COD_CASH,
  COD_CARD,
  PREPAID;

  /** Whether the platform collects money at the door. */
  public boolean collectsOnDelivery() {
    return this != PREPAID;
  }
}
