package com.fulfil.count;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a counter found of one SKU and lot in a bin in a round, beside what the books held there at
 * that moment. Written once; a rejected round's lines stay as history.
 */
@Entity
@Table(name = "wh_count_line")
public class CountLine extends TenantOwned {

  @Id private UUID id;

  @Column(name = "count_id")
  private UUID countId;

  private int round;

  @Column(name = "bin_id")
  private UUID binId;

  private String sku;
  private String lot;
  private LocalDate expiry;
  private int expected;
  private int counted;

  @Column(name = "counted_by")
  private String countedBy;

  @Column(name = "counted_at")
  private Instant countedAt;

  protected CountLine() {}

  CountLine(UUID countId, int round, UUID binId, String sku, String lot, LocalDate expiry, int expected, int counted,
      String countedBy, Instant countedAt) {
    this.id = UUID.randomUUID();
    this.countId = countId;
    this.round = round;
    this.binId = binId;
    this.sku = sku;
    this.lot = lot;
    this.expiry = expiry;
    this.expected = expected;
    this.counted = counted;
    this.countedBy = countedBy;
    this.countedAt = countedAt;
  }

  /** Counted minus the books: positive when more was found than the books hold. */
  int variance() {
    return counted - expected;
  }

  UUID binId() { return binId; }
  int round() { return round; }
  String sku() { return sku; }
  String lot() { return lot; }
  LocalDate expiry() { return expiry; }
  int expected() { return expected; }
  int counted() { return counted; }
  String countedBy() { return countedBy; }
  Instant countedAt() { return countedAt; }
}
