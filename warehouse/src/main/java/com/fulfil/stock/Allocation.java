package com.fulfil.stock;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.tenancy.TenantService;
import com.fulfil.tenancy.TenantSession;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reserves stock for orders of the shop bound to the transaction, and releases it. Never oversells:
 * the balances a reservation draws on are locked (FOR UPDATE, in id order) before their free units
 * are read, so concurrent allocators of the same SKU queue and each sees what the one before left;
 * the table's check {@code reserved <= on_hand} is the backstop. The order context calls this
 * through the fulfilment wiring when an order is confirmed or cancelled.
 */
@TenantService
public class Allocation {

  /** Units of a SKU an order wants. */
  public record Demand(String sku, int qty) {}

  /**
   * What allocation did: {@code allocated} with the units reserved, or not, with how many units
   * of each SKU were missing (nothing is reserved then).
   */
  public record Result(boolean allocated, int reservedUnits, Map<String, Integer> shortBy) {
    /** For the order's timeline: "reserved 3 unit(s)" or "short: TEA-1 × 2, MILK-1 × 1". */
    public String summary() {
      return allocated
          ? "reserved " + reservedUnits + " unit(s)"
          : "short: " + shortBy.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining(", "));
    }
  }

  /** An active reservation: what an order must have picked from which bin. */
  public record Reserved(UUID id, String sku, String lot, UUID binId, int qty) {}

  @Inject StockRepository stock;
  @Inject StockService movements;
  @Inject SkuCatalogue catalogue;
  @Inject LayoutService layout;
  @Inject TenantSession session;
  @Inject Clock clock;

  /**
   * Reserves all of {@code demand} for the order (FEFO for SKUs that track expiry, else FIFO), or
   * nothing if any SKU is short. Reserving again for an order that holds reservations changes
   * nothing and answers as allocated.
   */
  public Result allocate(UUID orderId, List<Demand> demand) {
    session.require();
    List<StockReservation> held = stock.activeReservations(orderId);
    if (!held.isEmpty()) {
      return new Result(true, held.stream().mapToInt(StockReservation::qty).sum(), Map.of());
    }
    Map<String, Integer> want = new LinkedHashMap<>();
    demand.forEach(d -> want.merge(d.sku(), d.qty(), Integer::sum));
    Reserving r = reserve(orderId, want);
    return !r.shortBy().isEmpty()
        ? new Result(false, 0, r.shortBy())
        : new Result(true, r.reserved().stream().mapToInt(Reserved::qty).sum(), Map.of());
  }

  /**
   * A re-pick after a short pick: reserves {@code qty} more units of {@code sku} for the order in
   * any storage bin whose stock is not in doubt (the short bin's is, until it is counted), FEFO or
   * FIFO as allocation does, and returns the new reservations; or, when fewer units are free there,
   * reserves nothing and returns how many are (as {@link Extra#free}).
   */
  public Extra reserveAgain(UUID orderId, String sku, int qty) {
    session.require();
    if (qty <= 0) {
      throw new IllegalArgumentException("re-pick of " + qty + " units");
    }
    Reserving r = reserve(orderId, Map.of(sku, qty));
    return new Extra(r.reserved(), qty - r.shortBy().getOrDefault(sku, 0));
  }

  /** What a re-pick reserved ({@code reserved}, empty when there was not enough), and the free units there were. */
  public record Extra(List<Reserved> reserved, int free) {}

  private record Reserving(List<Reserved> reserved, Map<String, Integer> shortBy) {}

  /** Locks the SKUs' allocatable balances (storage, not in doubt), plans, and reserves all of {@code want} or nothing. */
  private Reserving reserve(UUID orderId, Map<String, Integer> want) {
    Map<String, Boolean> tracked = new HashMap<>();
    catalogue.byCodes(want.keySet()).forEach((sku, item) -> tracked.put(sku, item.expiryTracked()));
    List<StockBalance> locked = stock.lockAllocatable(want.keySet());
    Map<UUID, BinView> bins = layout.bins(locked.stream().map(StockBalance::binId).toList());
    Map<UUID, StockBalance> byId = new HashMap<>();
    List<AllocationPlanner.Candidate> candidates = new ArrayList<>();
    for (StockBalance b : locked) {
      byId.put(b.id(), b);
      BinView bin = bins.get(b.binId());
      candidates.add(new AllocationPlanner.Candidate(
          b.id(), b.sku(), b.lot(), b.expiry(), b.receivedAt(), bin.sequence(), bin.barcode(), b.free()));
    }
    AllocationPlanner.Plan plan = AllocationPlanner.plan(want, tracked, candidates, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (!plan.complete()) {
      return new Reserving(List.of(), plan.shortBy());
    }
    Instant now = now();
    List<Reserved> reserved = new ArrayList<>();
    for (AllocationPlanner.Take take : plan.takes()) {
      StockBalance balance = byId.get(take.balanceId());
      balance.reserve(take.qty());
      StockReservation r = new StockReservation(orderId, balance, take.qty(), now);
      stock.add(r);
      reserved.add(reserved(r));
    }
    stock.flush();
    return new Reserving(reserved, Map.of());
  }

  /** Releases every reservation of the order; returns the units released (0 if it held none). */
  public int release(UUID orderId, String reason) {
    session.require();
    List<StockReservation> held = stock.activeReservations(orderId);
    if (held.isEmpty()) {
      return 0;
    }
    Map<UUID, StockBalance> balances = new HashMap<>();
    stock.lockByIds(held.stream().map(StockReservation::balanceId).distinct().toList()).forEach(b -> balances.put(b.id(), b));
    Instant now = now();
    int units = 0;
    for (StockReservation r : held) {
      balances.get(r.balanceId()).release(r.qty());
      r.release(reason, now);
      units += r.qty();
    }
    stock.flush();
    return units;
  }

  /** The order's active reservations (sku, lot, bin, qty), in id order. */
  public List<Reserved> reservations(UUID orderId) {
    session.require();
    return stock.activeReservations(orderId).stream().map(Allocation::reserved).toList();
  }

  /**
   * A picker took {@code pickedQty} (0 to the reserved qty) of the reservation out of its bin: the
   * whole reservation is consumed (released with {@code reason}) and the picked units leave the
   * bin as a PICK movement referencing {@code reference}, in this transaction, so on hand stays the
   * sum of movements. Units not picked (a short pick) stay on hand, unreserved, for the storekeeper
   * to count; until then the balance is in doubt and nothing more is promised from it (V17).
   * 409 naming {@code reservation} if it is no longer active.
   */
  public void consume(UUID orderId, UUID reservationId, int pickedQty, String reason, String reference) {
    session.require();
    StockReservation r = stock.activeReservations(orderId).stream()
        .filter(x -> x.id().equals(reservationId))
        .findFirst()
        .orElseThrow(() -> com.fulfil.web.ProblemException.conflict("reservation", "the reservation is no longer active"));
    if (pickedQty < 0 || pickedQty > r.qty()) {
      throw new IllegalArgumentException("picked " + pickedQty + " of " + r.qty() + " reserved units");
    }
    StockBalance balance = stock.lockByIds(List.of(r.balanceId())).get(0);
    balance.release(r.qty());
    if (pickedQty < r.qty()) {
      balance.doubt(now());
    }
    r.release(reason, now());
    stock.flush();
    if (pickedQty > 0) {
      movements.move(
          new StockMove(r.sku(), r.lot(), balance.expiry(), r.binId(), null, pickedQty, MovementReason.PICK, reference, null),
          null);
    }
  }

  /** Units reserved for the order now, per SKU. */
  public Map<String, Integer> reserved(UUID orderId) {
    Map<String, Integer> bySku = new LinkedHashMap<>();
    stock.activeReservations(orderId).forEach(r -> bySku.merge(r.sku(), r.qty(), Integer::sum));
    return bySku;
  }

  private static Reserved reserved(StockReservation r) {
    return new Reserved(r.id(), r.sku(), r.lot(), r.binId(), r.qty());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
