package com.fulfil.stock;

import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How many units of one SKU (and lot) of one shop lie in one bin, and how many of them are
 * promised to orders. Changed only together with a movement (on hand) or a reservation (reserved),
 * so that it always equals the sum of its movements; never negative, never more reserved than on
 * hand (the table checks that too).
 */
@Entity
@Table(name = "wh_stock_balance")
public class StockBalance extends TenantOwned {

  /** The lot of a SKU that does not track lots. */
  public static final String NO_LOT = "";

  @Id private UUID id;
  private String sku;

  @Column(name = "bin_id")
  private UUID binId;

  private String lot;
  private LocalDate expiry;

  @Column(name = "on_hand")
  private int onHand;

  private int reserved;

  /** The earliest receipt of the units lying here: the FIFO order. */
  @Column(name = "received_at")
  private Instant receivedAt;

  /** Since a short pick here showed the books wrong, until the bin is counted; null when trusted. */
  @Column(name = "in_doubt_since")
  private Instant inDoubtSince;

  @Version private long version;

  protected StockBalance() {}

  StockBalance(String sku, UUID binId, String lot, LocalDate expiry, Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.sku = sku;
    this.binId = binId;
    this.lot = lot == null ? NO_LOT : lot;
    this.expiry = expiry;
    this.receivedAt = receivedAt;
  }

  /** Units arrive here; {@code receivedAt} of the units keeps the FIFO order the oldest's. */
  void add(int qty, Instant unitsReceivedAt) {
    requirePositive(qty);
    onHand = Math.addExact(onHand, qty);
    if (receivedAt == null || unitsReceivedAt.isBefore(receivedAt)) {
      receivedAt = unitsReceivedAt;
    }
  }

  /** Units leave: only those not promised to an order (409 naming {@code qty} otherwise). */
  void take(int qty) {
    requirePositive(qty);
    if (qty > free()) {
      throw ProblemException.conflict(
          "qty", "only " + free() + " unit(s) of " + sku + " in this bin are free to move (" + reserved + " reserved)");
    }
    onHand -= qty;
  }

  /** Promises {@code qty} units to an order; never more than are free. */
  void reserve(int qty) {
    requirePositive(qty);
    if (qty > free()) {
      throw new IllegalStateException("reserving " + qty + " of " + free() + " free units");
    }
    reserved += qty;
  }

  /** Takes back a promise of {@code qty} units. */
  void release(int qty) {
    requirePositive(qty);
    if (qty > reserved) {
      throw new IllegalStateException("releasing " + qty + " of " + reserved + " reserved units");
    }
    reserved -= qty;
  }

  /** A short pick here: the free units may not be there; nothing more is promised from here until a count. */
  void doubt(Instant now) {
    if (inDoubtSince == null) {
      inDoubtSince = now;
    }
  }

  /** The bin was counted: the books (adjusted if they differed) are trusted again. */
  void trust() {
    inDoubtSince = null;
  }

  Instant inDoubtSince() {
    return inDoubtSince;
  }

  /** On hand and not promised to any order. */
  int free() {
    return onHand - reserved;
  }

  private static void requirePositive(int qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + qty);
    }
  }

  UUID id() { return id; }
  String sku() { return sku; }
  UUID binId() { return binId; }
  String lot() { return lot; }
  LocalDate expiry() { return expiry; }
  int onHand() { return onHand; }
  int reserved() { return reserved; }
  Instant receivedAt() { return receivedAt; }
}
