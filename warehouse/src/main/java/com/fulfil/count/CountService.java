package com.fulfil.count;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.security.Caller;
import com.fulfil.stock.LotSpec;
import com.fulfil.stock.MovementReason;
import com.fulfil.stock.MovementView;
import com.fulfil.stock.SkuCatalogue;
import com.fulfil.stock.StockMove;
import com.fulfil.stock.StockService;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The cycle count's use cases for warehouse staff. Staff carry no tenant: a new count names its
 * shop, and every later act finds the shop in the count's scanned code and runs as it through the
 * audited {@link PlatformScope#runAs}. Bad input is refused naming the field and nothing is stored.
 */
@ApplicationScoped
@Transactional
public class CountService {

  /** The scanner's list of open counts is for a handheld: the oldest this many. */
  static final int OPEN_LIST_MAX = 100;

  @Inject PlatformScope platform;
  @Inject CountRepository counts;
  @Inject SkuCatalogue catalogue;
  @Inject StockService stock;
  @Inject LayoutService layout;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * Opens a count of these bins of the shop. 400 naming {@code tenant} for an unknown shop, {@code
   * bins[i]} for an unknown bin.
   */
  public CountView create(CountRequest request) {
    List<Violation> v = request.violations();
    refuseIfAny(v);
    TenantId tenant = new TenantId(request.tenant());
    return platform.runAs(tenant, "count.created", () -> {
      if (!counts.tenantExists(tenant.value())) {
        throw ProblemException.invalid("tenant", "no shop has this id");
      }
      List<Violation> errors = new ArrayList<>();
      List<UUID> binIds = new ArrayList<>();
      for (int i = 0; i < request.bins().size(); i++) {
        BinView bin = layout.findBin(request.bins().get(i).trim()).orElse(null);
        if (bin == null) {
          errors.add(Violation.field("bins[" + i + "]", "no bin has this barcode"));
        } else {
          binIds.add(bin.id());
        }
      }
      refuseIfAny(errors);
      StockCount count = StockCount.open(tenant, binIds, blankToNull(request.note()), caller.name(), now());
      counts.add(count);
      counts.flush();
      return view(count);
    });
  }

  /** Counts being counted or waiting for approval, of every shop (codes and figures only). */
  public List<OpenCountView> openAcrossTenants() {
    return counts.openAcrossTenants(OPEN_LIST_MAX);
  }

  /** The count a scanned code names, blind; 404 for a code that names none. */
  public CountView count(String code) {
    return as(code, "count.opened", () -> view(byCode(code)));
  }

  /**
   * Stores what the caller counted in one bin, beside the books of the shop in that bin now (read
   * under lock, so no movement slips between). The answer is blind. 400 naming {@code items[i].lot}
   * or {@code .expiry} where a lot is needed; 422 naming {@code bin} for a bin not on the count,
   * {@code items[i].barcode} for a barcode no SKU of the shop has; 409 naming {@code bin} for a bin
   * already counted in this round, {@code status} for a count not being counted.
   */
  public CountView tally(String code, TallyRequest request) {
    refuseIfAny(request.violations());
    return as(code, "count.tallied", () -> {
      StockCount count = counts.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      BinView bin = layout.findBin(request.bin().trim()).orElseThrow(() -> {
        String message = "no bin has this barcode";
        return ProblemException.unprocessable(message, List.of(Violation.field("bin", message)));
      });
      CountBin countBin = count.binToCount(bin.id(), bin.barcode());
      List<StockService.BinHolding> books = stock.lockHoldingsIn(bin.id());
      Map<Key, Counted> found = counted(request.items(), books);
      Map<Key, Counted> lines = new LinkedHashMap<>(found);
      for (StockService.BinHolding h : books) {
        lines.putIfAbsent(new Key(h.sku(), h.lot()), new Counted(h.expiry(), 0));
      }
      Map<Key, Integer> expected = new LinkedHashMap<>();
      for (StockService.BinHolding h : books) {
        expected.merge(new Key(h.sku(), h.lot()), h.onHand(), Integer::sum);
      }
      String counter = caller.name();
      Instant now = now();
      boolean variance = counts.lines(count.id()).stream()
          .anyMatch(l -> l.round() == count.round() && l.variance() != 0);
      for (Map.Entry<Key, Counted> e : lines.entrySet()) {
        int books0 = expected.getOrDefault(e.getKey(), 0);
        counts.add(new CountLine(
            count.id(), count.round(), bin.id(), e.getKey().sku(), e.getKey().lot(), e.getValue().expiry(), books0,
            e.getValue().qty(), counter, now));
        variance |= books0 != e.getValue().qty();
      }
      count.tallied(countBin, counter, now, variance);
      counts.flush();
      if (count.status() == CountStatus.CLOSED) {
        stock.trustCounted(count.binIds()); // the books were right: stock in doubt there is trusted again
      }
      return view(count);
    });
  }

  /** The count with books, counted and variance of every line (for whoever decides). */
  public CountReportView report(String code) {
    return as(code, "count.reported", () -> report(byCode(code), List.of()));
  }

  /**
   * Accepts the variances: one ADJUSTMENT movement per line that differs (reference {@code
   * count:<code>}, the note saying counted, books, counters, approver and why). 403 naming {@code
   * approver} when the caller counted in this round; 409 naming {@code status} unless awaiting
   * approval, {@code qty} when units to be taken out are promised to orders. Nothing is stored on error.
   */
  public CountReportView approve(String code, DecisionRequest request) {
    refuseIfAny(request.violations(false));
    return as(code, "count.approved", () -> {
      StockCount count = counts.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      String approver = caller.name();
      List<String> counters = count.counters();
      Instant now = now();
      count.approve(approver, now);
      String why = blankToNull(request.note());
      Map<UUID, BinView> bins = layout.bins(count.binIds());
      List<MovementView> adjustments = new ArrayList<>();
      for (CountLine l : counts.lines(count.id())) {
        if (l.round() != count.round() || l.variance() == 0) {
          continue;
        }
        int v = l.variance();
        String note = "cycle count " + count.code() + " round " + count.round() + ", bin " + bins.get(l.binId()).barcode()
            + ": counted " + l.counted() + ", books " + l.expected() + "; counted by " + String.join(", ", counters)
            + "; approved by " + approver + (why == null ? "" : ": " + why);
        adjustments.add(stock.move(
            new StockMove(l.sku(), l.lot(), l.expiry(), v < 0 ? l.binId() : null, v > 0 ? l.binId() : null, Math.abs(v),
                MovementReason.ADJUSTMENT, "count:" + count.code(), note),
            null));
      }
      counts.add(new CountDecision(count.id(), count.round(), CountDecision.APPROVED, approver, why, now));
      counts.flush();
      stock.trustCounted(count.binIds()); // the books now say what was counted
      return report(count, adjustments);
    });
  }

  /** Sends the round back: every bin is counted again. 400 naming {@code note} without a reason. */
  public CountReportView reject(String code, DecisionRequest request) {
    refuseIfAny(request.violations(true));
    return as(code, "count.rejected", () -> {
      StockCount count = counts.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      int round = count.round();
      Instant now = now();
      String decider = caller.name();
      count.reject(decider, now);
      counts.add(new CountDecision(count.id(), round, CountDecision.REJECTED, decider, request.note().trim(), now));
      counts.flush();
      return report(count, List.of());
    });
  }

  private record Key(String sku, String lot) {}

  private record Counted(LocalDate expiry, int qty) {}

  /**
   * The tally's items as SKU and lot with units: each barcode must be a SKU of the shop; a SKU that
   * tracks lots takes the stated lot, else the bin's only lot of it in the books.
   */
  private Map<Key, Counted> counted(List<TallyRequest.Item> items, List<StockService.BinHolding> books) {
    List<Violation> v = new ArrayList<>();
    Map<Key, Counted> found = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      TallyRequest.Item item = items.get(i);
      String at = "items[" + i + "].";
      SkuCatalogue.Item sku = catalogue.byBarcode(item.barcode().trim()).orElse(null);
      if (sku == null) {
        String message = "no SKU of this shop has this barcode";
        throw ProblemException.unprocessable(at + "barcode: " + message, List.of(Violation.field(at + "barcode", message)));
      }
      LotSpec lot = lotOf(sku, item, books, at, v);
      if (lot == null) {
        continue;
      }
      found.merge(new Key(sku.sku(), lot.lot()), new Counted(lot.expiry(), item.qty()),
          (a, b) -> new Counted(a.expiry(), a.qty() + b.qty()));
    }
    refuseIfAny(v);
    return found;
  }

  private LotSpec lotOf(SkuCatalogue.Item sku, TallyRequest.Item item, List<StockService.BinHolding> books, String at,
      List<Violation> v) {
    if (!sku.expiryTracked()) {
      return LotSpec.of(sku, item.lot(), item.expiry(), at, v);
    }
    List<StockService.BinHolding> held = books.stream().filter(h -> h.sku().equals(sku.sku())).toList();
    if (item.lot() == null || item.lot().isBlank()) {
      if (held.size() == 1) {
        return new LotSpec(held.get(0).lot(), held.get(0).expiry());
      }
      v.add(Violation.field(at + "lot", held.isEmpty()
          ? "is required: SKU " + sku.sku() + " tracks lots and the bin holds none of it"
          : "is required: the bin holds several lots of SKU " + sku.sku()));
      return null;
    }
    String lot = item.lot().trim();
    StockService.BinHolding known = held.stream().filter(h -> h.lot().equals(lot)).findFirst().orElse(null);
    if (known != null) {
      return new LotSpec(known.lot(), known.expiry());
    }
    LocalDate booked = stock.expiryOfLot(sku.sku(), lot).orElse(null);
    if (booked != null) {
      return new LotSpec(lot, booked);
    }
    return LotSpec.of(sku, lot, item.expiry(), at, v);
  }

  private CountView view(StockCount c) {
    Map<UUID, BinView> bins = layout.bins(c.binIds());
    return new CountView(
        c.code(), c.shop().value(), c.status(), c.round(), c.note(), c.createdBy(), c.createdAt(),
        c.bins().stream()
            .map(b -> new CountView.BinView(
                bins.get(b.binId()).barcode(), bins.get(b.binId()).address(), b.counted(), b.countedBy()))
            .toList());
  }

  CountReportView report(StockCount c, List<MovementView> adjustments) {
    List<CountLine> lines = counts.lines(c.id());
    Set<UUID> binIds = new HashSet<>(c.binIds());
    lines.forEach(l -> binIds.add(l.binId()));
    Map<UUID, BinView> bins = layout.bins(binIds);
    return new CountReportView(
        c.id(), c.code(), c.shop().value(), c.status(), c.round(), c.note(), c.createdBy(), c.createdAt(),
        c.counters(),
        lines.stream()
            .map(l -> new CountReportView.LineView(
                l.round(), bins.get(l.binId()).barcode(), bins.get(l.binId()).address(), l.sku(),
                l.lot().isEmpty() ? null : l.lot(), l.expected(), l.counted(), l.variance(), l.countedBy(), l.countedAt()))
            .toList(),
        counts.decisions(c.id()).stream()
            .map(d -> new CountReportView.DecisionView(d.round(), d.decision(), d.actor(), d.note(), d.decidedAt()))
            .toList(),
        adjustments);
  }

  private StockCount byCode(String code) {
    return counts.byCode(code.trim()).orElseThrow(() -> notFound(code));
  }

  /** Runs {@code work} as the shop the code names; a code that names no shop is an unknown count. */
  private <T> T as(String code, String act, Supplier<T> work) {
    TenantId tenant = StockCount.tenantOfCode(code).orElseThrow(() -> notFound(code));
    return platform.runAs(tenant, act, work);
  }

  private static ProblemException notFound(String code) {
    return ProblemException.notFound("Count " + code);
  }

  private static void refuseIfAny(List<Violation> v) {
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

}
