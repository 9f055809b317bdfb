package com.fulfil.callcentre;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One call an operator made: from the claim (started) to the recorded outcome (ended). Immutable:
 * the application may insert and read attempts, never change them. KPIs are computed from these.
 */
@Entity
@Table(name = "cc_call_attempt")
public class CallAttempt extends TenantOwned {

  static final int NOTES_MAX = 2_000;

  @Id private UUID id;

  @Column(name = "task_id")
  private UUID taskId;

  @Column(name = "order_id")
  private UUID orderId;

  @Enumerated(EnumType.STRING)
  private CallKind kind;

  @Column(name = "attempt_no")
  private int attemptNo;

  private String operator;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  private CallOutcome outcome;

  private String notes;
  private String reason;

  @Column(name = "call_back_at")
  private Instant callBackAt;

  @Column(name = "closes_task")
  private boolean closesTask;

  protected CallAttempt() {}

  static CallAttempt of(CallTask task, int attemptNo, String operator, Instant startedAt, Instant endedAt,
      CallOutcome outcome, String notes, String reason, Instant callBackAt, boolean closesTask) {
    CallAttempt a = new CallAttempt();
    a.id = UUID.randomUUID();
    a.taskId = task.id();
    a.orderId = task.orderId();
    a.kind = task.kind();
    a.attemptNo = attemptNo;
    a.operator = operator;
    a.startedAt = startedAt;
    a.endedAt = endedAt.isBefore(startedAt) ? startedAt : endedAt;
    a.outcome = outcome;
    a.notes = notes;
    a.reason = reason;
    a.callBackAt = callBackAt;
    a.closesTask = closesTask;
    return a;
  }

  UUID id() { return id; }
  UUID taskId() { return taskId; }
  UUID orderId() { return orderId; }
  CallKind kind() { return kind; }
  int attemptNo() { return attemptNo; }
  String operator() { return operator; }
  Instant startedAt() { return startedAt; }
  Instant endedAt() { return endedAt; }
  CallOutcome outcome() { return outcome; }
  String notes() { return notes; }
  String reason() { return reason; }
  Instant callBackAt() { return callBackAt; }
  boolean closesTask() { return closesTask; }
}
