package com.fulfil.picking;

import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a pick list: {@code qty} units of a SKU (lot) to take from one bin, as one of the
 * order's reservations says. Confirmed in three steps: the bin's barcode, then the item's, then the
 * quantity found (0 when the bin is empty; then no item can be scanned).
 */
@Entity
@Table(name = "wh_pick")
public class Pick extends TenantOwned {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "list_id")
  private PickList list;

  @Column(name = "reservation_id")
  private UUID reservationId;

  private String sku;
  private String lot;

  @Column(name = "bin_id")
  private UUID binId;

  private int seq;
  private int qty;

  @Column(name = "picked_qty")
  private Integer pickedQty;

  @Column(name = "bin_scanned")
  private boolean binScanned;

  @Column(name = "item_scanned")
  private boolean itemScanned;

  @Enumerated(EnumType.STRING)
  private PickStatus status;

  @Column(name = "done_at")
  private Instant doneAt;

  /** A re-pick of units a short pick missed (added by the storekeeper), not one the wave released. */
  private boolean repick;

  @Version private long version;

  protected Pick() {}

  Pick(PickList list, UUID reservationId, String sku, String lot, UUID binId, int seq, int qty, boolean repick) {
    this.id = UUID.randomUUID();
    this.list = list;
    this.reservationId = reservationId;
    this.sku = sku;
    this.lot = lot;
    this.binId = binId;
    this.seq = seq;
    this.qty = qty;
    this.repick = repick;
    this.status = PickStatus.OPEN;
  }

  /** The right bin was scanned: the item comes next. */
  void binScanned() {
    binScanned = true;
  }

  /** The right item was scanned: 409 naming {@code barcode} when the bin was not scanned first. */
  void itemScanned() {
    if (!binScanned) {
      throw ProblemException.conflict("barcode", "scan the bin first, then the item");
    }
    itemScanned = true;
  }

  /**
   * The picker found {@code found} units: the pick is PICKED when that is all it wanted, SHORT
   * otherwise. 409 naming {@code qty} before the bin (and, for units found, the item) was scanned;
   * 422 naming {@code qty} for more than the pick wants.
   */
  void confirm(int found, Instant now) {
    if (!binScanned) {
      throw ProblemException.conflict("qty", "scan the bin first");
    }
    if (found > 0 && !itemScanned) {
      throw ProblemException.conflict("qty", "scan the item first");
    }
    if (found < 0 || found > qty) {
      String message = "must be from 0 to " + qty + " (the units this pick wants)";
      throw ProblemException.unprocessable(message, List.of(Violation.field("qty", message)));
    }
    pickedQty = found;
    status = found == qty ? PickStatus.PICKED : PickStatus.SHORT;
    doneAt = now;
  }

  boolean open() {
    return status == PickStatus.OPEN;
  }

  UUID id() { return id; }
  PickList list() { return list; }
  UUID reservationId() { return reservationId; }
  String sku() { return sku; }
  String lot() { return lot; }
  UUID binId() { return binId; }
  int seq() { return seq; }
  int qty() { return qty; }
  Integer pickedQty() { return pickedQty; }
  /** Units still missing from this pick: wanted minus found (0 while open or when complete). */
  int unitsShort() { return pickedQty == null ? 0 : qty - pickedQty; }
  boolean isRepick() { return repick; }
  boolean isBinScanned() { return binScanned; }
  boolean isItemScanned() { return itemScanned; }
  PickStatus status() { return status; }
}
