package com.fulfil.stock;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.layout.ZoneKind;
import com.fulfil.security.Caller;
import com.fulfil.tenancy.TenantService;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The stock of the shop bound to the transaction: its live view for the shop, and the one way
 * stock changes ({@link #move}), which the warehouse's use cases (receiving, putaway, adjustment)
 * call inside their own tenant-bound transactions.
 */
@TenantService
public class StockService {

  static final int SEARCH_MAX = 200;

  /** At most this many balances in doubt are listed (a warehouse with more has a bigger problem). */
  static final int DOUBTS_MAX = 500;

  @Inject StockRepository stock;
  @Inject SkuCatalogue catalogue;
  @Inject LayoutService layout;
  @Inject TenantSession session;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Instance<InboundExpectations> inbound;
  @Inject Event<StockArrived> arrivals;

  /**
   * Moves stock and writes the journal row, in this transaction: the balances of both bins are
   * locked first; a source without {@code qty} free units is a 409 naming {@code qty}; a lot whose
   * expiry is already known with another date is a 409 naming {@code expiry}.
   *
   * @param receivedAt when the units were received (FIFO order of the destination), null: now
   */
  public MovementView move(StockMove m, Instant receivedAt) {
    Instant now = now();
    if (m.toBin() != null) {
      List<LocalDate> known = stock.expiriesOfLot(m.sku(), m.lot());
      if (!known.isEmpty() && !known.contains(m.expiry())) {
        throw ProblemException.conflict("expiry", "lot " + m.lot() + " of " + m.sku() + " is stored with expiry " + known.get(0));
      }
      stock.ensureBalance(session.require(), m.sku(), m.toBin(), m.lot(), m.expiry(), receivedAt == null ? now : receivedAt);
    }
    List<UUID> bins = new ArrayList<>();
    if (m.fromBin() != null) {
      bins.add(m.fromBin());
    }
    if (m.toBin() != null) {
      bins.add(m.toBin());
    }
    Map<UUID, StockBalance> locked = new HashMap<>();
    stock.lock(m.sku(), m.lot(), bins).forEach(b -> locked.put(b.binId(), b));
    Instant unitsReceived = receivedAt == null ? now : receivedAt;
    if (m.fromBin() != null) {
      StockBalance from = locked.get(m.fromBin());
      if (from == null) {
        throw ProblemException.conflict("qty", "there is no " + m.sku() + (m.lot().isEmpty() ? "" : " lot " + m.lot()) + " in this bin");
      }
      from.take(m.qty());
      unitsReceived = receivedAt == null ? from.receivedAt() : receivedAt;
      stock.changeBinLoad(m.fromBin(), -m.qty());
    }
    if (m.toBin() != null) {
      locked.get(m.toBin()).add(m.qty(), unitsReceived);
      stock.changeBinLoad(m.toBin(), m.qty());
    }
    StockMovement movement = StockMovement.of(m, caller.name(), now);
    stock.add(session.require(), movement);
    Map<UUID, BinView> binViews = layout.bins(bins);
    if (m.toBin() != null && binViews.get(m.toBin()).kind() == ZoneKind.STORAGE
        && (m.fromBin() == null || binViews.get(m.fromBin()).kind() != ZoneKind.STORAGE)) {
      stock.flush();
      arrivals.fire(new StockArrived(session.require(), Set.of(m.sku())));
    }
    return view(movement, binViews);
  }

  /**
   * The shop's SKUs (catalogue order) with their stock, cursor-paged; {@code q} (optional) finds
   * SKUs as the catalogue's search does: code or name by substring, or a barcode exactly.
   */
  public Page<StockView> list(String q, PageRequest page) {
    String query = q == null || q.isBlank() ? null : q.trim();
    if (query != null && query.length() > SEARCH_MAX) {
      throw ProblemException.invalid("q", "must be at most " + SEARCH_MAX + " characters");
    }
    List<SkuCatalogue.Item> items = catalogue.page(query, page.after(), page.fetchSize());
    Map<String, StockView> views = views(items.subList(0, Math.min(items.size(), page.limit())));
    return page.page(items, SkuCatalogue.Item::sku, i -> views.get(i.sku()));
  }

  /** One SKU's stock with its lots; 404 if the SKU is not in the shop's catalogue. */
  public StockView get(String sku) {
    SkuCatalogue.Item item = catalogue.byCodes(List.of(sku)).get(sku);
    if (item == null) {
      throw ProblemException.notFound("SKU " + sku);
    }
    return views(List.of(item)).get(sku);
  }

  /**
   * Units available to promise of each of these SKUs ({@link StockView#available()}), 0 for one
   * with no units; one query, nothing of the catalogue or of inbound shipments is read. The caller
   * names SKUs of the shop's catalogue.
   */
  public Map<String, Integer> available(Collection<String> skus) {
    Map<String, LotTotals> totals = new HashMap<>();
    for (StockRepository.Row r : stock.rows(session.require(), skus)) {
      totals.computeIfAbsent(r.sku(), k -> new LotTotals(null, null)).add(r);
    }
    Map<String, Integer> available = new HashMap<>();
    for (String sku : skus) {
      LotTotals t = totals.get(sku);
      available.put(sku, t == null ? 0 : t.available());
    }
    return available;
  }

  /** The SKU's journal, newest first, cursor-paged; 404 if the SKU is not in the shop's catalogue. */
  public Page<MovementView> movements(String sku, PageRequest page) {
    get(sku);
    Keyset before = Keyset.after(page);
    List<StockMovement> rows = stock.movements(session.require(), sku, before.at(), before.id(), page.fetchSize());
    Set<UUID> bins = new HashSet<>();
    rows.forEach(m -> {
      if (m.fromBin() != null) bins.add(m.fromBin());
      if (m.toBin() != null) bins.add(m.toBin());
    });
    Map<UUID, BinView> binViews = layout.bins(bins);
    return page.page(rows, m -> m.occurredAt() + "|" + m.id(), m -> view(m, binViews));
  }

  /**
   * The SKU's reservations not yet released, newest first, cursor-paged: what its {@code reserved}
   * figure sums, each with the order it is promised to; 404 if the SKU is not in the shop's catalogue.
   */
  public Page<ReservationView> reservations(String sku, PageRequest page) {
    get(sku);
    Keyset before = Keyset.after(page);
    List<StockReservation> rows = stock.activeReservations(sku, before.at(), before.id(), page.fetchSize());
    Map<UUID, BinView> binViews = layout.bins(rows.stream().map(StockReservation::binId).collect(Collectors.toSet()));
    return page.page(rows, r -> r.reservedAt() + "|" + r.id(), r -> new ReservationView(
        r.id(), r.orderId(), r.sku(), r.lot().isEmpty() ? null : r.lot(), binViews.get(r.binId()).barcode(), r.qty(), r.reservedAt()));
  }

  /** The position after which a newest-first page goes on: the last row's time and id; nulls on the first page. */
  private record Keyset(Instant at, UUID id) {
    static Keyset after(PageRequest page) {
      if (page.after() == null) {
        return new Keyset(null, null);
      }
      String[] key = page.after().split("\\|", 2);
      try {
        return new Keyset(Instant.parse(key[0]), UUID.fromString(key[1]));
      } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
      }
    }
  }

  /** Where the shop holds units of {@code sku}: each bin and lot with its units on hand. */
  public record Holding(UUID binId, String lot, LocalDate expiry, int onHand) {}

  public List<Holding> holdings(String sku) {
    return stock.balancesOf(List.of(sku)).stream()
        .map(b -> new Holding(b.binId(), b.lot(), b.expiry(), b.onHand()))
        .toList();
  }

  /** What the shop holds in one bin: a SKU and lot with its expiry and units on hand and reserved. */
  public record BinHolding(String sku, String lot, LocalDate expiry, int onHand, int reserved) {}

  /**
   * The shop's books for one bin (balances holding units), locked for this transaction so that no
   * movement changes them between this read and the caller's use of it (a count's tally).
   */
  public List<BinHolding> lockHoldingsIn(UUID binId) {
    return stock.lockIn(binId).stream()
        .map(b -> new BinHolding(b.sku(), b.lot(), b.expiry(), b.onHand(), b.reserved()))
        .toList();
  }

  /**
   * The books of these bins were counted (and adjusted where they differed): their balances in doubt
   * are trusted again, and orders waiting for their SKUs are allocated again (after commit).
   */
  public void trustCounted(Collection<UUID> binIds) {
    Set<String> skus = new TreeSet<>();
    for (StockBalance b : stock.lockInDoubt(binIds)) {
      b.trust();
      skus.add(b.sku());
    }
    if (!skus.isEmpty()) {
      stock.flush();
      arrivals.fire(new StockArrived(session.require(), skus));
    }
  }

  /** The expiry the shop's books already hold for this lot of the SKU, if any balance of it exists. */
  public Optional<LocalDate> expiryOfLot(String sku, String lot) {
    return stock.expiriesOfLot(sku, lot).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /**
   * A balance in doubt: {@code bin} is to be counted; {@code onHand} and {@code reserved} are what
   * the books say; {@code since} is the first short pick there since the last count.
   */
  public record DoubtView(String sku, String lot, String bin, int onHand, int reserved, Instant since) {}

  /** The bound shop's balances in doubt after short picks, longest in doubt first: the bins to count. */
  public List<DoubtView> inDoubt() {
    List<StockBalance> doubted = stock.inDoubt(DOUBTS_MAX);
    Map<UUID, BinView> bins = layout.bins(doubted.stream().map(StockBalance::binId).collect(Collectors.toSet()));
    return doubted.stream()
        .map(b -> new DoubtView(
            b.sku(), b.lot().isEmpty() ? null : b.lot(), bins.get(b.binId()).barcode(), b.onHand(), b.reserved(), b.inDoubtSince()))
        .toList();
  }

  /** Balances that differ from the sum of their movements; empty when the books agree. */
  public List<String> discrepancies() {
    return stock.discrepancies(session.require());
  }

  private Map<String, StockView> views(List<SkuCatalogue.Item> items) {
    List<String> skus = items.stream().map(SkuCatalogue.Item::sku).toList();
    Map<String, Map<String, LotTotals>> lotsBySku = new HashMap<>();
    for (StockRepository.Row r : stock.rows(session.require(), skus)) {
      lotsBySku
          .computeIfAbsent(r.sku(), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.lot(), k -> new LotTotals(r.lot(), r.expiry()))
          .add(r);
    }
    Map<String, Integer> expected = inbound.isResolvable() ? inbound.get().expected(skus) : Map.of();
    Map<String, StockView> views = new HashMap<>();
    for (SkuCatalogue.Item item : items) {
      Collection<LotTotals> lots = lotsBySku.getOrDefault(item.sku(), Map.of()).values();
      LotTotals total = new LotTotals(null, null);
      lots.forEach(total::add);
      views.put(item.sku(), new StockView(
          item.sku(), item.name(), total.onHand, total.reserved, total.blocked, total.awaitingPutaway,
          total.available(), expected.getOrDefault(item.sku(), 0),
          lots.stream().map(LotTotals::view).toList()));
    }
    return views;
  }

  /** Sums of one lot (or of a whole SKU) over the kinds of zone its units lie in. */
  private static final class LotTotals {
    final String lot;
    final LocalDate expiry;
    int onHand;
    int reserved;
    int blocked;
    int awaitingPutaway;

    LotTotals(String lot, LocalDate expiry) {
      this.lot = lot;
      this.expiry = expiry;
    }

    void add(StockRepository.Row r) {
      onHand += r.onHand();
      reserved += r.reserved();
      switch (r.zoneKind()) {
        case "QUARANTINE" -> blocked += r.onHand();
        case "RECEIVING" -> awaitingPutaway += r.onHand();
        default -> {
          if (r.inDoubt()) { // a short pick here: the free units are blocked until the bin is counted
            blocked += r.onHand() - r.reserved();
          }
        }
      }
    }

    void add(LotTotals l) {
      onHand += l.onHand;
      reserved += l.reserved;
      blocked += l.blocked;
      awaitingPutaway += l.awaitingPutaway;
    }

    int available() {
      return onHand - reserved - blocked - awaitingPutaway;
    }

    StockView.LotView view() {
      return new StockView.LotView(
          lot == null || lot.isEmpty() ? null : lot, expiry, onHand, reserved, blocked, awaitingPutaway, available());
    }
  }

  static MovementView view(StockMovement m, Map<UUID, BinView> bins) {
    return new MovementView(
        m.id(), m.sku(), m.lot().isEmpty() ? null : m.lot(), m.expiry(),
        m.fromBin() == null ? null : bins.get(m.fromBin()).barcode(),
        m.toBin() == null ? null : bins.get(m.toBin()).barcode(),
        m.qty(), m.reason(), m.reference(), m.note(), m.actor(), m.occurredAt());
  }

  /** PostgreSQL keeps microseconds; so do we, so that a cursor matches what was stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
