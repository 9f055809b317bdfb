package com.fulfil.count;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An approval or a rejection of a count's round: by whom, when and why. */
@Entity
@Table(name = "wh_count_decision")
public class CountDecision extends TenantOwned {

  static final String APPROVED = "APPROVED";
  static final String REJECTED = "REJECTED";

  @Id private UUID id;

  @Column(name = "count_id")
  private UUID countId;

  private int round;
  private String decision;
  private String actor;
  private String note;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected CountDecision() {}

  CountDecision(UUID countId, int round, String decision, String actor, String note, Instant decidedAt) {
    this.id = UUID.randomUUID();
    this.countId = countId;
    this.round = round;
    this.decision = decision;
    this.actor = actor;
    this.note = note;
    this.decidedAt = decidedAt;
  }

  int round() { return round; }
  String decision() { return decision; }
  String actor() { return actor; }
  String note() { return note; }
  Instant decidedAt() { return decidedAt; }
}
