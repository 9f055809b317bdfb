package com.fulfil.packing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What packing needs to know of an order, asked of the orders (api module) for the shop bound to
 * the transaction: where it goes and how, and the cash to collect. Empty when the shop has no such order.
 */
public interface ParcelOrders {

  Optional<Shipment> shipment(UUID orderId);

  /**
   * The label's data. {@code codMinor} is null when the order is prepaid; {@code address} is one
   * line as written on a label.
   */
  record Shipment(
      String shopName,
      String orderNumber,
      String status,
      String deliveryMethod,
      LocalDate deliveryDate,
      String recipientName,
      String phone,
      String address,
      Long codMinor,
      String currency) {

    /** Personal data stays out of logs even if someone logs it. */
    @Override
    public String toString() {
      return "Shipment[" + orderNumber + ", " + status + ", " + deliveryMethod + "]";
    }
  }
}
