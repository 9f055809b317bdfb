package com.fulfil.callcentre;

import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One reason to call one order's buyer, from when it opens until it is decided; its calls are
 * {@link CallAttempt}s. Operators claim open tasks through the queue function of the database
 * (see package-info); a claim names the operator and holds until {@code claimedUntil}, after which
 * the task is free for anyone again.
 */
@Entity
@Table(name = "cc_call_task")
// Claims are written by the database's queue function, not through JPA: a shared (L2) cache copy
// would go stale, so each transaction reads the row itself.
@Cache(isolation = CacheIsolationType.ISOLATED)
public class CallTask extends TenantOwned {

  enum State { OPEN, CLOSED }

  /** Call-backs per task: after that the operator decides (confirm, cancel) or lets it ring out. */
  static final int CALL_BACKS_MAX = 10;

  @Id private UUID id;

  @Column(name = "order_id")
  private UUID orderId;

  @Enumerated(EnumType.STRING)
  private CallKind kind;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "buyer_zone")
  private String buyerZone;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "available_at")
  private Instant availableAt;

  @Column(name = "priority_at")
  private Instant priorityAt;

  @Column(name = "not_after")
  private Instant notAfter;

  private int attempts;
  private int unreachable;

  @Column(name = "call_backs")
  private int callBacks;

  @Column(name = "abandoned_claims")
  private int abandonedClaims;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_reason")
  private String closedReason;

  @Version private long version;

  protected CallTask() {}

  static CallTask open(
      UUID orderId, CallKind kind, ZoneId buyerZone, Instant receivedAt, CallSchedule.CallTime time, Instant notAfter,
      Instant now) {
    CallTask t = new CallTask();
    t.id = UUID.randomUUID();
    t.orderId = orderId;
    t.kind = kind;
    t.state = State.OPEN;
    t.buyerZone = buyerZone.getId();
    t.receivedAt = receivedAt;
    t.dueAt = time.dueAt();
    t.availableAt = time.availableAt();
    t.priorityAt = time.priorityAt();
    t.notAfter = notAfter;
    t.createdAt = now;
    return t;
  }

  /**
   * Records one call of this task by {@code operator}, who must hold it (409 naming {@code taskId}
   * otherwise): it started when the operator claimed it and ends now. The claim is released; what
   * follows (close, reschedule) is the caller's decision from the outcome.
   */
  CallAttempt attempt(String operator, Instant endedAt, CallOutcome outcome, String notes, String reason,
      Instant callBackAt, boolean closesTask) {
    if (state != State.OPEN || claimedBy == null || !claimedBy.equals(operator)) {
      throw ProblemException.conflict("taskId", "the call task is not held by you (its claim expired and was taken, or it is closed)");
    }
    attempts++;
    if (outcome == CallOutcome.UNREACHABLE) {
      unreachable++;
    }
    if (outcome == CallOutcome.CALL_BACK) {
      callBacks++;
    }
    CallAttempt a = CallAttempt.of(this, attempts, operator, claimedAt, endedAt, outcome, notes, reason, callBackAt, closesTask);
    claimedBy = null;
    claimedAt = null;
    claimedUntil = null;
    return a;
  }

  /** The next call of this task. */
  void reschedule(CallSchedule.CallTime time) {
    availableAt = time.availableAt();
    priorityAt = time.priorityAt();
  }

  /** Decided (or made pointless by the order's own progress); idempotent. */
  void close(String reason, Instant now) {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CLOSED;
    closedAt = now;
    closedReason = reason;
    claimedBy = null;
    claimedAt = null;
    claimedUntil = null;
  }

  boolean callBacksExhausted() {
    return callBacks >= CALL_BACKS_MAX;
  }

  UUID id() { return id; }
  UUID orderId() { return orderId; }
  CallKind kind() { return kind; }
  boolean isOpen() { return state == State.OPEN; }
  ZoneId buyerZone() { return ZoneId.of(buyerZone); }
  Instant receivedAt() { return receivedAt; }
  Instant dueAt() { return dueAt; }
  Instant availableAt() { return availableAt; }
  Instant priorityAt() { return priorityAt; }
  Instant notAfter() { return notAfter; }
  int attempts() { return attempts; }
  int unreachable() { return unreachable; }
  int callBacks() { return callBacks; }
  int abandonedClaims() { return abandonedClaims; }
  String claimedBy() { return claimedBy; }
  Instant claimedAt() { return claimedAt; }
  Instant claimedUntil() { return claimedUntil; }
  Instant closedAt() { return closedAt; }
  String closedReason() { return closedReason; }
}
