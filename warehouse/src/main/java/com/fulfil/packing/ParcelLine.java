package com.fulfil.packing;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** One SKU the tote brought: {@code expected} units picked, {@code scanned} of them in the box so far. */
@Entity
@Table(name = "wh_parcel_line")
public class ParcelLine extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "parcel_id")
  private Parcel parcel;

  private String sku;
  private int expected;
  private int scanned;

  @Version private long version;

  protected ParcelLine() {}

  ParcelLine(Parcel parcel, String sku, int expected) {
    this.id = UUID.randomUUID();
    this.parcel = parcel;
    this.sku = sku;
    this.expected = expected;
  }

  String sku() {
    return sku;
  }

  int expected() {
    return expected;
  }

  int scanned() {
    return scanned;
  }

  int missing() {
    return expected - scanned;
  }

  /** One more unit in the box; false when all are in already (the unit is then one too many). */
  boolean addOne() {
    if (scanned >= expected) {
      return false;
    }
    scanned++;
    return true;
  }

  /** One unit out of the box; false when none is in. */
  boolean removeOne() {
    if (scanned == 0) {
      return false;
    }
    scanned--;
    return true;
  }
}
