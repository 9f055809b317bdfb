package com.fulfil.order;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A shop's order and its life. Every change of status goes through {@link #moveTo}, which checks
 * the {@link Lifecycle} table and writes the next event of the order's timeline; the events not yet
 * announced are kept until the service fires them.
 *
 * <p>The JPA entity name is {@code ShopOrder} because {@code ORDER} is a JPQL keyword.
 */
@Entity(name = "ShopOrder")
@Table(name = "ord_order")
public class Order extends TenantOwned {

  @Id private UUID id;

  @Column(name = "external_number")
  private String externalNumber;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Embedded private Buyer buyer;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("lineNo")
  @BatchFetch(BatchFetchType.IN)
  private List<OrderLine> lines = new ArrayList<>();

  private String currency;

  @Column(name = "goods_total_minor")
  private long goodsTotalMinor;

  @Column(name = "delivery_fee_minor")
  private long deliveryFeeMinor;

  @Column(name = "cod_amount_minor")
  private long codAmountMinor;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_form")
  private PaymentForm paymentForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_method")
  private DeliveryMethod deliveryMethod;

  @Column(name = "delivery_date")
  private LocalDate deliveryDate;

  @Column(name = "slot_from")
  private LocalTime slotFrom;

  @Column(name = "slot_to")
  private LocalTime slotTo;

  private String notes;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "last_event_seq")
  private int lastEventSequence;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  private List<OrderEvent> events = new ArrayList<>();

  @Version private long version;

  @Transient private List<OrderEvent> unpublished;

  protected Order() {}

  /**
   * A new order as the shop sent it: status RECEIVED, event 1 (from nothing). Moving on to
   * AWAITING_CONFIRMATION is the caller's next step, so that it is its own event.
   */
  static Order receive(OrderDraft d, String actor, String channel, Instant now) {
    Order o = new Order();
    o.id = UUID.randomUUID();
    o.externalNumber = d.externalNumber();
    o.buyer = d.buyer();
    o.currency = d.currency();
    o.paymentForm = d.paymentForm();
    o.deliveryMethod = d.deliveryMethod();
    o.deliveryFeeMinor = d.deliveryFeeMinor();
    o.reschedule(d.schedule());
    o.notes = d.notes();
    o.replaceLines(d.lines()); // after the payment form and fee: it computes the totals
    o.receivedAt = now;
    o.status = Lifecycle.initial();
    o.record(null, o.status, actor, channel, now);
    return o;
  }

  /** Moves to {@code to} if the lifecycle allows it, and records the event. */
  OrderEvent moveTo(OrderStatus to, String actor, String reason, Instant now) {
    Lifecycle.check(status, to);
    OrderStatus from = status;
    status = to;
    return record(from, to, actor, reason, now);
  }

  /** Refuses early, before edits are validated, when the order can no longer become {@code to}. */
  void requireCanMoveTo(OrderStatus to) {
    Lifecycle.check(status, to);
  }

  /** The buyer confirmed, possibly with changes; the totals follow the changes. */
  OrderEvent confirm(OrderEdits edits, String actor, String reason, Instant now) {
    Lifecycle.check(status, OrderStatus.CONFIRMED);
    if (edits.lines() != null) {
      replaceLines(edits.lines());
    }
    if (edits.address() != null) {
      buyer = buyer.movedTo(edits.address(), edits.zone());
    }
    if (edits.schedule() != null) {
      reschedule(edits.schedule());
    }
    if (edits.paymentForm() != null) {
      paymentForm = edits.paymentForm();
    }
    recomputeTotals();
    return moveTo(OrderStatus.CONFIRMED, actor, reason, now);
  }

  /**
   * Line i of the new list takes the place of line i (same row, updated); extra new lines are
   * added and missing ones removed. Rows are never deleted and re-inserted under the same key.
   */
  private void replaceLines(List<OrderLine> newLines) {
    for (int i = 0; i < newLines.size(); i++) {
      if (i < lines.size()) {
        lines.get(i).takeFrom(newLines.get(i));
      } else {
        lines.add(newLines.get(i).attachedTo(this, i));
      }
    }
    while (lines.size() > newLines.size()) {
      lines.remove(lines.size() - 1);
    }
    recomputeTotals();
  }

  private void reschedule(Schedule s) {
    deliveryDate = s.date();
    slotFrom = s.slotFrom();
    slotTo = s.slotTo();
  }

  private void recomputeTotals() {
    Totals t = Totals.of(lines, deliveryFeeMinor, paymentForm);
    goodsTotalMinor = t.goodsTotalMinor();
    codAmountMinor = t.codAmountMinor();
  }

  private OrderEvent record(OrderStatus from, OrderStatus to, String actor, String reason, Instant now) {
    OrderEvent event = new OrderEvent(this, ++lastEventSequence, from, to, actor, now, reason);
    events.add(event);
    unpublished().add(event);
    updatedAt = now;
    return event;
  }

  private List<OrderEvent> unpublished() {
    if (unpublished == null) {
      unpublished = new ArrayList<>();
    }
    return unpublished;
  }

  /** The events recorded since the last call, oldest first, for the service to announce. */
  List<OrderEvent> takeUnpublished() {
    List<OrderEvent> taken = List.copyOf(unpublished());
    unpublished().clear();
    return taken;
  }

  UUID id() { return id; }
  String externalNumber() { return externalNumber; }
  OrderStatus status() { return status; }
  Buyer buyer() { return buyer; }
  List<OrderLine> lines() { return List.copyOf(lines); }
  String currency() { return currency; }
  Totals totals() { return new Totals(goodsTotalMinor, deliveryFeeMinor, codAmountMinor); }
  PaymentForm paymentForm() { return paymentForm; }
  DeliveryMethod deliveryMethod() { return deliveryMethod; }
  Schedule schedule() { return new Schedule(deliveryDate, slotFrom, slotTo); }
  String notes() { return notes; }
  Instant receivedAt() { return receivedAt; }
  long version() { return version; }
}
