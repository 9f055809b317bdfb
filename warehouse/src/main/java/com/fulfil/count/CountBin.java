package com.fulfil.count;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bin on a count sheet, in walking order, and who counted it in the current round. */
@Entity
@Table(name = "wh_count_bin")
public class CountBin extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "count_id")
  private StockCount count;

  @Column(name = "bin_id")
  private UUID binId;

  private int seq;

  @Column(name = "counted_by")
  private String countedBy;

  @Column(name = "counted_at")
  private Instant countedAt;

  protected CountBin() {}

  CountBin(StockCount count, UUID binId, int seq) {
    this.id = UUID.randomUUID();
    this.count = count;
    this.binId = binId;
    this.seq = seq;
  }

  void counted(String counter, Instant now) {
    countedBy = counter;
    countedAt = now;
  }

  void recount() {
    countedBy = null;
    countedAt = null;
  }

  boolean counted() {
    return countedBy != null;
  }

  UUID binId() { return binId; }
  int seq() { return seq; }
  String countedBy() { return countedBy; }
  Instant countedAt() { return countedAt; }
}
