package com.fulfil.inbound;

import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One SKU and lot of a shipment: how many were announced, counted good, counted damaged and put away. */
@Entity
@Table(name = "wh_asn_line")
public class InboundLine extends TenantOwned {

  /** A line as the shop announces it. */
  record Announced(String sku, String lot, LocalDate expiry, int qty) {}

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "asn_id")
  private InboundShipment shipment;

  @Column(name = "line_no")
  private int lineNo;

  private String sku;
  private String lot;
  private LocalDate expiry;
  private boolean announced;

  @Column(name = "expected_qty")
  private int expected;

  @Column(name = "received_qty")
  private int received;

  @Column(name = "damaged_qty")
  private int damaged;

  @Column(name = "put_away_qty")
  private int putAway;

  protected InboundLine() {}

  InboundLine(InboundShipment shipment, int lineNo, String sku, String lot, LocalDate expiry, boolean announced, int expected) {
    this.id = UUID.randomUUID();
    this.shipment = shipment;
    this.lineNo = lineNo;
    this.sku = sku;
    this.lot = lot;
    this.expiry = expiry;
    this.announced = announced;
    this.expected = expected;
  }

  void count(int qty, boolean isDamaged) {
    if (qty <= 0) {
      throw new IllegalArgumentException("a count is at least one unit");
    }
    if (isDamaged) {
      damaged = Math.addExact(damaged, qty);
    } else {
      received = Math.addExact(received, qty);
    }
  }

  void putAway(int qty) {
    if (qty <= 0 || qty > awaitingPutaway()) {
      throw ProblemException.conflict("qty", awaitingPutaway() + " unit(s) of " + sku + " wait for putaway on this shipment");
    }
    putAway += qty;
  }

  int awaitingPutaway() {
    return received - putAway;
  }

  /** Announced and not (yet) counted, good or damaged. */
  int missing() {
    return Math.max(0, expected - received - damaged);
  }

  /** Counted beyond what was announced. */
  int over() {
    return Math.max(0, received + damaged - expected);
  }

  UUID id() { return id; }
  int lineNo() { return lineNo; }
  String sku() { return sku; }
  String lot() { return lot; }
  LocalDate expiry() { return expiry; }
  boolean announced() { return announced; }
  int expected() { return expected; }
  int received() { return received; }
  int damaged() { return damaged; }
  int putAwayQty() { return putAway; }
}
