package com.fulfil.layout;

import com.fulfil.tenancy.PlatformOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A place on a shelf that holds stock, found by its barcode, visited in walking order. */
@Entity
@PlatformOwned
@Table(name = "wh_bin")
public class Bin {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "zone_id")
  private Zone zone;

  private String aisle;
  private String rack;
  private String shelf;
  private String position;
  private String barcode;

  @Column(name = "walk_seq")
  private int sequence;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Bin() {}

  static Bin create(Zone zone, BinRequest r, Instant now) {
    Bin b = new Bin();
    b.id = UUID.randomUUID();
    b.createdAt = now;
    b.revise(zone, r, now);
    return b;
  }

  /** Takes a new statement of the bin's place (a CSV import may move a bin or change its sequence). */
  void revise(Zone zone, BinRequest r, Instant now) {
    this.zone = zone;
    aisle = r.aisle().trim();
    rack = r.rack().trim();
    shelf = r.shelf().trim();
    position = r.position().trim();
    barcode = r.barcode().trim();
    sequence = r.sequence();
    updatedAt = now;
  }

  /** Zone-aisle-rack-shelf-position, as printed on the shelf label. */
  String address() {
    return String.join("-", zone.code(), aisle, rack, shelf, position);
  }

  UUID id() { return id; }
  Zone zone() { return zone; }
  String aisle() { return aisle; }
  String rack() { return rack; }
  String shelf() { return shelf; }
  String position() { return position; }
  String barcode() { return barcode; }
  int sequence() { return sequence; }
}
