package com.fulfil.callcentre;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A supervisor's mystery-shopper check of one call: points per checklist item and the score. */
@Entity
@Table(name = "cc_call_audit")
public class CallAudit extends TenantOwned {

  @Id private UUID id;

  @Column(name = "attempt_id")
  private UUID attemptId;

  private String operator;
  private String auditor;
  private int score;
  private String notes;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cc_call_audit_item", joinColumns = @JoinColumn(name = "audit_id"))
  @MapKeyColumn(name = "item")
  @Column(name = "points")
  private Map<String, Integer> items = new LinkedHashMap<>();

  protected CallAudit() {}

  /** {@code points} has been checked against {@link CallChecklist}. */
  static CallAudit of(CallAttempt attempt, Map<String, Integer> points, String notes, String auditor, Instant now) {
    CallAudit a = new CallAudit();
    a.id = UUID.randomUUID();
    a.attemptId = attempt.id();
    a.operator = attempt.operator();
    a.auditor = auditor;
    a.items.putAll(points);
    a.score = CallChecklist.score(points);
    a.notes = notes;
    a.createdAt = now;
    return a;
  }

  UUID id() { return id; }
  UUID attemptId() { return attemptId; }
  String operator() { return operator; }
  String auditor() { return auditor; }
  int score() { return score; }
  String notes() { return notes; }
  Instant createdAt() { return createdAt; }
  Map<String, Integer> items() { return Map.copyOf(items); }
}
