package com.fulfil.picking;

import com.fulfil.stock.Allocation;
import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One order's picks in walking order, picked by one picker into one tote. Claimed by a picker in
 * the database (SKIP LOCKED, see V10); here it checks that the caller holds it and follows the picks.
 */
@Entity
@Table(name = "wh_pick_list")
public class PickList extends TenantOwned {

  @Id private UUID id;

  @Column(name = "wave_id")
  private UUID waveId;

  @Column(name = "order_id")
  private UUID orderId;

  @Column(name = "order_number")
  private String orderNumber;

  private String tote;
  private int seq;

  @Enumerated(EnumType.STRING)
  private PickListStatus status;

  private String picker;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "picked_at")
  private Instant pickedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Version private long version;

  @OneToMany(mappedBy = "list", cascade = CascadeType.PERSIST)
  @OrderBy("seq")
  private List<Pick> picks = new ArrayList<>();

  protected PickList() {}

  PickList(UUID waveId, UUID orderId, String orderNumber, String tote, int seq, Instant releasedAt) {
    this.id = UUID.randomUUID();
    this.waveId = waveId;
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.tote = tote;
    this.seq = seq;
    this.status = PickListStatus.OPEN;
    this.releasedAt = releasedAt;
  }

  /** Adds the next pick on the walking path. */
  Pick add(UUID reservationId, String sku, String lot, UUID binId, int qty) {
    Pick p = new Pick(this, reservationId, sku, lot, binId, picks.size(), qty, false);
    picks.add(p);
    return p;
  }

  /**
   * A storekeeper's re-pick of a short pick: {@code stops} (reservations in other bins, in
   * walking order) become new picks at the end of this list, and a list that was PICKED goes back
   * to the pickers' queue (OPEN, no picker) to be finished into the same tote. A list still being
   * picked just gets the new picks. 409 naming {@code action} for a cancelled list or a pick of
   * another list.
   */
  void repick(Pick shortPick, List<Allocation.Reserved> stops) {
    if (status == PickListStatus.CANCELLED || !picks.contains(shortPick) || shortPick.unitsShort() == 0) {
      throw ProblemException.conflict("action", "this short pick can no longer be re-picked (its list is " + status + ")");
    }
    for (Allocation.Reserved r : stops) {
      picks.add(new Pick(this, r.id(), r.sku(), r.lot(), r.binId(), picks.size(), r.qty(), true));
    }
    if (status == PickListStatus.PICKED) {
      status = PickListStatus.OPEN;
      picker = null;
      pickedAt = null;
    }
  }

  /**
   * Units the order still misses after every pick is done: what the wave's picks wanted minus
   * everything found, re-picks included.
   */
  int unitsShort() {
    int wanted = picks.stream().filter(p -> !p.isRepick()).mapToInt(Pick::qty).sum();
    int found = picks.stream().mapToInt(p -> p.pickedQty() == null ? 0 : p.pickedQty()).sum();
    return wanted - found;
  }

  /** 404 unless {@code picker} holds this list and it is still being picked (409 naming {@code list} once picked). */
  void requireHeldBy(String picker) {
    if (this.picker == null || !this.picker.equals(picker)) {
      throw ProblemException.notFound("Pick list " + id);
    }
    if (status != PickListStatus.CLAIMED) {
      throw ProblemException.conflict("list", "this pick list is " + status + " and takes no more scans");
    }
  }

  /** The next pick on the path that is not done; null when every pick is done. */
  Pick current() {
    return picks.stream().filter(Pick::open).findFirst().orElse(null);
  }

  /** Every pick is done: the list is PICKED and its tote goes to packing. */
  boolean finishIfDone(Instant now) {
    if (current() != null) {
      return false;
    }
    status = PickListStatus.PICKED;
    pickedAt = now;
    return true;
  }

  /**
   * A storekeeper takes the list back: only while it is OPEN and nothing on it is picked (409
   * naming {@code status} once a picker claimed or picked it). It leaves the pickers' queue.
   */
  void cancel(String by, String reason, Instant now) {
    if (status != PickListStatus.OPEN || picks.stream().anyMatch(p -> !p.open())) {
      throw ProblemException.conflict(
          "status", "this pick list is " + status + "; only an OPEN list that no picker has started can be cancelled");
    }
    status = PickListStatus.CANCELLED;
    cancelledBy = by;
    cancelledAt = now;
    cancelReason = reason;
  }

  UUID id() { return id; }
  UUID waveId() { return waveId; }
  UUID orderId() { return orderId; }
  String orderNumber() { return orderNumber; }
  String tote() { return tote; }
  PickListStatus status() { return status; }
  String picker() { return picker; }
  Instant pickedAt() { return pickedAt; }
  String cancelledBy() { return cancelledBy; }
  Instant cancelledAt() { return cancelledAt; }
  String cancelReason() { return cancelReason; }
  List<Pick> picks() { return List.copyOf(picks); }
}
