package com.fulfil.packing;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * Units of one barcode scanned into the box that the order does not want (an unknown barcode,
 * another item, or one too many). The row stays at qty 0 once they are taken out again.
 */
@Entity
@Table(name = "wh_parcel_extra")
public class ParcelExtra extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "parcel_id")
  private Parcel parcel;

  private String barcode;
  private String sku;
  private int qty;

  @Version private long version;

  protected ParcelExtra() {}

  ParcelExtra(Parcel parcel, String barcode, String sku) {
    this.id = UUID.randomUUID();
    this.parcel = parcel;
    this.barcode = barcode;
    this.sku = sku;
  }

  String barcode() {
    return barcode;
  }

  String sku() {
    return sku;
  }

  int qty() {
    return qty;
  }

  void addOne() {
    qty++;
  }

  boolean removeOne() {
    if (qty == 0) {
      return false;
    }
    qty--;
    return true;
  }
}
