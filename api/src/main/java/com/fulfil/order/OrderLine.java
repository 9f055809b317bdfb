package com.fulfil.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of an order: the SKU code, its name as it was when ordered (the catalogue may change
 * later, the order must not), the quantity and the unit price in the shop's currency's minor units.
 */
@Embeddable
public class OrderLine {

  private String sku;
  private String name;
  private int qty;

  @Column(name = "unit_price_minor")
  private long unitPriceMinor;

  protected OrderLine() {}

  OrderLine(String sku, String name, int qty, long unitPriceMinor) {
    if (qty <= 0 || unitPriceMinor < 0) {
      throw new IllegalArgumentException("qty must be positive and the price not negative");
    }
    this.sku = sku;
    this.name = name;
    this.qty = qty;
    this.unitPriceMinor = unitPriceMinor;
  }

  String sku() { return sku; }
  String name() { return name; }
  int qty() { return qty; }
  long unitPriceMinor() { return unitPriceMinor; }

  /** @throws ArithmeticException on overflow */
  long amountMinor() {
    return Math.multiplyExact(unitPriceMinor, (long) qty);
  }
}
