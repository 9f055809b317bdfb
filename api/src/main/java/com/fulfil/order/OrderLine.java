package com.fulfil.order;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of an order: the SKU code, its name as it was when ordered (the catalogue may change
 * later, the order must not), the quantity and the unit price in the shop's currency's minor units.
 *
 * <p>An entity of its own (key: the order and the line's position) rather than an element
 * collection of the order: EclipseLink writes an element collection's rows right after their
 * owner's, one order at a time, which breaks JDBC batching (a batch intake of 1,000 orders was
 * 3,000 single statements, infra/bench/RESULTS.md); entities are written class by class, in batches.
 * A line is made unattached ({@link #OrderLine(String, String, int, long)}) and becomes part of
 * an order only through {@link Order}.
 */
@Entity
@Table(name = "ord_order_line")
@IdClass(OrderLine.Key.class)
public class OrderLine extends TenantOwned {

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Id
  @Column(name = "line_no")
  private int lineNo;

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

  /** This line as line {@code lineNo} of {@code order}: a new row. */
  OrderLine attachedTo(Order order, int lineNo) {
    OrderLine line = new OrderLine(sku, name, qty, unitPriceMinor);
    line.order = order;
    line.lineNo = lineNo;
    return line;
  }

  /** Takes the SKU, name, quantity and price of {@code other}, keeping this row's place. */
  void takeFrom(OrderLine other) {
    sku = other.sku;
    name = other.name;
    qty = other.qty;
    unitPriceMinor = other.unitPriceMinor;
  }

  String sku() { return sku; }
  String name() { return name; }
  int qty() { return qty; }
  long unitPriceMinor() { return unitPriceMinor; }

  /** @throws ArithmeticException on overflow */
  long amountMinor() {
    return Math.multiplyExact(unitPriceMinor, (long) qty);
  }

  /** The key of a line: its order's id and its position (JPA derived identity). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID order;
    private int lineNo;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.lineNo == lineNo && Objects.equals(k.order, order);
    }

    @Override
    public int hashCode() {
      return Objects.hash(order, lineNo);
    }
  }
}
