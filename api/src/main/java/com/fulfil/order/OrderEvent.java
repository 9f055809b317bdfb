package com.fulfil.order;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One status change of an order, immutable once written (the application role may insert these
 * rows, never change them). {@code sequence} runs 1, 2, 3… per order without gaps.
 */
@Entity
@Table(name = "ord_order_event")
public class OrderEvent extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Column(name = "seq")
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private OrderStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private OrderStatus to;

  private String actor;

  @Column(name = "occurred_at")
  private Instant at;

  private String reason;

  protected OrderEvent() {}

  OrderEvent(Order order, int sequence, OrderStatus from, OrderStatus to, String actor, Instant at, String reason) {
    this.id = UUID.randomUUID();
    this.order = order;
    this.sequence = sequence;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.at = at;
    this.reason = reason;
  }

  int sequence() { return sequence; }
  OrderStatus from() { return from; }
  OrderStatus to() { return to; }
  String actor() { return actor; }
  Instant at() { return at; }
  String reason() { return reason; }
}
