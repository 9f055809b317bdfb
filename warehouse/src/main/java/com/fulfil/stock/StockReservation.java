package com.fulfil.stock;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A promise of {@code qty} units of one balance (SKU, lot, bin) to an order, until released. */
@Entity
@Table(name = "wh_reservation")
public class StockReservation extends TenantOwned {

  @Id private UUID id;

  @Column(name = "order_id")
  private UUID orderId;

  @Column(name = "balance_id")
  private UUID balanceId;

  private String sku;
  private String lot;

  @Column(name = "bin_id")
  private UUID binId;

  private int qty;

  @Column(name = "reserved_at")
  private Instant reservedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "release_reason")
  private String releaseReason;

  protected StockReservation() {}

  StockReservation(UUID orderId, StockBalance balance, int qty, Instant now) {
    this.id = UUID.randomUUID();
    this.orderId = orderId;
    this.balanceId = balance.id();
    this.sku = balance.sku();
    this.lot = balance.lot();
    this.binId = balance.binId();
    this.qty = qty;
    this.reservedAt = now;
  }

  void release(String reason, Instant now) {
    if (releasedAt != null) {
      throw new IllegalStateException("reservation already released");
    }
    releasedAt = now;
    releaseReason = reason;
  }

  UUID id() { return id; }
  UUID orderId() { return orderId; }
  UUID balanceId() { return balanceId; }
  String sku() { return sku; }
  String lot() { return lot; }
  UUID binId() { return binId; }
  int qty() { return qty; }
  Instant reservedAt() { return reservedAt; }
}
