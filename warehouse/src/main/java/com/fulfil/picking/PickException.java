package com.fulfil.picking;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A short pick: the bin held fewer units than the order's pick wanted. Open until a storekeeper
 * resolves it (counted the bin, adjusted stock, re-allocated...) with a note saying what was done.
 */
@Entity
@Table(name = "wh_pick_exception")
public class PickException extends TenantOwned {

  @Id private UUID id;

  @Column(name = "pick_id")
  private UUID pickId;

  @Column(name = "order_id")
  private UUID orderId;

  private String sku;
  private String lot;

  @Column(name = "bin_id")
  private UUID binId;

  private int expected;
  private int picked;
  private String reason;

  @Column(name = "raised_by")
  private String raisedBy;

  @Column(name = "raised_at")
  private Instant raisedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  private String resolution;

  /** How it was resolved: CLOSE (told in the note) or REPICK (the missing units were picked again elsewhere). */
  private String action;

  @Version private long version;

  protected PickException() {}

  PickException(Pick pick, String reason, String raisedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.pickId = pick.id();
    this.orderId = pick.list().orderId();
    this.sku = pick.sku();
    this.lot = pick.lot();
    this.binId = pick.binId();
    this.expected = pick.qty();
    this.picked = pick.pickedQty();
    this.reason = reason;
    this.raisedBy = raisedBy;
    this.raisedAt = now;
  }

  /** Closes the exception with what was done; 409 naming {@code status} if it is already resolved. */
  void resolve(ResolutionAction how, String note, String by, Instant now) {
    requireOpen();
    action = how.name();
    resolution = note;
    resolvedBy = by;
    resolvedAt = now;
  }

  /** 409 naming {@code status} once resolved. */
  void requireOpen() {
    if (resolvedAt != null) {
      throw com.fulfil.web.ProblemException.conflict("status", "this exception was already resolved by " + resolvedBy);
    }
  }

  /** Units the pick missed. */
  int missing() {
    return expected - picked;
  }

  UUID id() { return id; }
  UUID orderId() { return orderId; }
  String sku() { return sku; }
  String lot() { return lot; }
  UUID binId() { return binId; }
  int expected() { return expected; }
  int picked() { return picked; }
  String reason() { return reason; }
  String raisedBy() { return raisedBy; }
  Instant raisedAt() { return raisedAt; }
  String resolvedBy() { return resolvedBy; }
  Instant resolvedAt() { return resolvedAt; }
  String resolution() { return resolution; }
  UUID pickId() { return pickId; }
  String action() { return action; }
}
