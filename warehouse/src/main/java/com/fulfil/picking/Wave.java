package com.fulfil.picking;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A release of a shop's orders for picking: who released how many, when. */
@Entity
@Table(name = "wh_wave")
public class Wave extends TenantOwned {

  @Id private UUID id;
  private String code;

  @Column(name = "released_by")
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  private int orders;

  protected Wave() {}

  Wave(String code, String releasedBy, Instant releasedAt, int orders) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.releasedBy = releasedBy;
    this.releasedAt = releasedAt;
    this.orders = orders;
  }

  UUID id() { return id; }
  String code() { return code; }
  String releasedBy() { return releasedBy; }
  Instant releasedAt() { return releasedAt; }
}
