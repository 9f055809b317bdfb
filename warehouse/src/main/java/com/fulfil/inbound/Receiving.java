package com.fulfil.inbound;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.layout.ZoneKind;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dock's use cases, for storekeepers. The scanned shipment code names the shop, and every act
 * runs as that shop through the audited {@link PlatformScope#runAs}: staff never read across shops.
 * A bad scan (unknown barcode, wrong bin) is refused naming the field, and nothing is stored.
 */
@ApplicationScoped
@Transactional
public class Receiving {

  static final int SCAN_QTY_MAX = 10_000;
  static final int NOTE_MAX = 500;
  /** The dock's list is for a handheld: the first this many shipments by expected date. */
  static final int DOCK_LIST_MAX = 100;
  /** How many empty bins are considered for a suggestion: the first ones on the walking path. */
  static final int EMPTY_BINS_CONSIDERED = 20;

  /** The result of a putaway: the shipment's line as it is now, and the stock movement written. */
  public record PutawayView(InboundShipmentView.LineView line, MovementView movement) {}

  @Inject PlatformScope platform;
  @Inject InboundRepository shipments;
  @Inject SkuCatalogue catalogue;
  @Inject StockService stock;
  @Inject LayoutService layout;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * What the dock expects or holds, of every shop: shipments announced or being received, and
   * received ones with units still waiting for putaway; codes and unit figures only (read through
   * the database's {@code wh_dock_across_tenants}, no shop is bound).
   */
  public List<DockShipmentView> dockAcrossTenants() {
    return shipments.dockAcrossTenants(DOCK_LIST_MAX);
  }

  /** The shipment a scanned code names: 404 for a code that names none. */
  public InboundShipmentView shipment(String code) {
    return as(code, "inbound.opened", () -> {
      InboundShipment s = byCode(code);
      return InboundShipmentView.of(s, shipments.reports(s.id()));
    });
  }

  /**
   * Counts scanned items against the shipment: good ones go to the dock, damaged ones to
   * quarantine, both as RECEIPT movements. 400 naming the field for bad input; 422 naming {@code
   * barcode} when no SKU of the shop has it (report it with {@link #reportUnknown}); 409 naming
   * {@code status} for a closed or cancelled shipment.
   */
  public ScanView scan(String code, ScanRequest request) {
    List<Violation> v = new ArrayList<>();
    if (request.barcode() == null || request.barcode().isBlank()) {
      v.add(Violation.field("barcode", "is required"));
    }
    int qty = quantity(request.qty(), v);
    reject(v);
    return as(code, "inbound.scanned", () -> {
      InboundShipment s = shipments.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      SkuCatalogue.Item item = item(request.barcode());
      LotSpec lot = lotOfScan(s, item, request.lot(), request.expiry(), false);
      boolean damaged = Boolean.TRUE.equals(request.damaged());
      Instant now = now();
      InboundLine line = s.count(item.sku(), lot.lot(), lot.expiry(), qty, damaged, now);
      shipments.flush();
      stock.move(
          new StockMove(item.sku(), lot.lot(), lot.expiry(), null,
              damaged ? LayoutService.QUARANTINE_BIN : LayoutService.DOCK_BIN, qty, MovementReason.RECEIPT,
              "asn:" + s.id(), damaged ? "damaged on arrival" : null),
          now);
      return new ScanView(s.code(), s.status(), InboundShipmentView.LineView.of(line));
    });
  }

  /** Records items that arrived with a barcode no SKU of the shop has; shown to the shop on the shipment. */
  public InboundShipmentView reportUnknown(String code, UnknownBarcodeRequest request) {
    List<Violation> v = new ArrayList<>();
    if (request.barcode() == null || request.barcode().isBlank() || request.barcode().trim().length() > 64) {
      v.add(Violation.field("barcode", "is required, at most 64 characters"));
    }
    int qty = quantity(request.qty(), v);
    if (request.note() != null && request.note().length() > NOTE_MAX) {
      v.add(Violation.field("note", "must be at most " + NOTE_MAX + " characters"));
    }
    reject(v);
    return as(code, "inbound.unknown-barcode-reported", () -> {
      InboundShipment s = shipments.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      if (!s.open()) {
        throw ProblemException.conflict("status", "this shipment is " + s.status() + " and takes no more reports");
      }
      shipments.add(new InboundReport(s.id(), request.barcode().trim(), qty, blankToNull(request.note()), caller.name(), now()));
      shipments.flush();
      return InboundShipmentView.of(s, shipments.reports(s.id()));
    });
  }

  /** The dock is done counting: what was announced and not counted is SHORT from now on. */
  public InboundShipmentView close(String code) {
    return as(code, "inbound.closed", () -> {
      InboundShipment s = shipments.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      s.close(now());
      shipments.flush();
      return InboundShipmentView.of(s, shipments.reports(s.id()));
    });
  }

  /** What of the shipment waits at the dock, each with a suggested bin. */
  public List<PutawayTaskView> putawayTasks(String code) {
    return as(code, "inbound.putaway-listed", () -> {
      InboundShipment s = byCode(code);
      List<BinView> empty = layout.emptyStorageBins(EMPTY_BINS_CONSIDERED);
      List<PutawayTaskView> tasks = new ArrayList<>();
      List<InboundLine> waiting = s.awaitingPutaway();
      Map<String, SkuCatalogue.Item> items = catalogue.byCodes(waiting.stream().map(InboundLine::sku).distinct().toList());
      for (InboundLine l : waiting) {
        BinView bin = suggestion(l.sku(), l.lot(), empty);
        SkuCatalogue.Item item = items.get(l.sku());
        tasks.add(new PutawayTaskView(
            l.sku(), item == null ? null : item.name(), item == null ? List.of() : item.barcodes(),
            l.lot().isEmpty() ? null : l.lot(), l.expiry(), l.awaitingPutaway(),
            bin == null ? null : bin.barcode(), bin == null ? null : bin.address()));
      }
      return tasks;
    });
  }

  /**
   * Puts received units on a shelf, confirmed by scanning the bin: a PUTAWAY movement from the dock
   * to the bin, after which the units are available. 422 naming {@code barcode} for an unknown item,
   * {@code bin} for an unknown bin or one that is not a storage bin; 409 naming {@code qty} when
   * fewer units wait; nothing is stored on error.
   */
  public PutawayView putAway(String code, PutawayRequest request) {
    List<Violation> v = new ArrayList<>();
    if (request.barcode() == null || request.barcode().isBlank()) {
      v.add(Violation.field("barcode", "is required"));
    }
    if (request.bin() == null || request.bin().isBlank()) {
      v.add(Violation.field("bin", "is required"));
    }
    int qty = quantity(request.qty(), v);
    reject(v);
    return as(code, "inbound.put-away", () -> {
      InboundShipment s = shipments.lockByCode(code.trim()).orElseThrow(() -> notFound(code));
      SkuCatalogue.Item item = item(request.barcode());
      LotSpec lot = lotOfScan(s, item, request.lot(), null, true);
      BinView bin = layout.findBin(request.bin()).orElseThrow(
          () -> scanRefused("bin", "no bin has this barcode"));
      if (bin.kind() != ZoneKind.STORAGE) {
        throw scanRefused("bin", "bin " + bin.barcode() + " is not a storage bin (" + bin.kind() + ")");
      }
      InboundLine line = s.putAway(item.sku(), lot.lot(), qty, now());
      shipments.flush();
      MovementView movement = stock.move(
          new StockMove(item.sku(), lot.lot(), lot.expiry(), LayoutService.DOCK_BIN, bin.id(), qty,
              MovementReason.PUTAWAY, "asn:" + s.id(), null),
          null);
      return new PutawayView(InboundShipmentView.LineView.of(line), movement);
    });
  }

  private BinView suggestion(String sku, String lot, List<BinView> empty) {
    List<StockService.Holding> held = stock.holdings(sku);
    Map<java.util.UUID, BinView> bins = layout.bins(held.stream().map(StockService.Holding::binId).toList());
    List<PutawayPlanner.Holding> holdings = new ArrayList<>();
    for (StockService.Holding h : held) {
      holdings.add(new PutawayPlanner.Holding(bins.get(h.binId()), h.lot(), h.onHand()));
    }
    return PutawayPlanner.suggest(lot, holdings, empty).orElse(null);
  }

  /**
   * The lot a scan of {@code item} means on shipment {@code s}: none for an untracked SKU; the
   * stated one; or, when not stated, the only lot of the SKU on the shipment (waiting for putaway,
   * when {@code forPutaway}).
   */
  private LotSpec lotOfScan(InboundShipment s, SkuCatalogue.Item item, String lot, String expiry, boolean forPutaway) {
    List<Violation> v = new ArrayList<>();
    if (!item.expiryTracked()) {
      LotSpec spec = LotSpec.of(item, lot, expiry, "", v);
      reject(v);
      return spec;
    }
    List<InboundLine> lines = s.linesOf(item.sku()).stream().filter(l -> !forPutaway || l.awaitingPutaway() > 0).toList();
    if (lot == null || lot.isBlank()) {
      if (lines.size() == 1) {
        return new LotSpec(lines.get(0).lot(), lines.get(0).expiry());
      }
      throw ProblemException.invalid("lot", lines.isEmpty()
          ? "is required: SKU " + item.sku() + " tracks lots and none of it is " + (forPutaway ? "waiting for putaway" : "announced")
          : "is required: this shipment has several lots of SKU " + item.sku());
    }
    InboundLine known = lines.stream().filter(l -> l.lot().equals(lot.trim())).findFirst().orElse(null);
    if (known != null) {
      return new LotSpec(known.lot(), known.expiry());
    }
    if (forPutaway) {
      throw ProblemException.invalid("lot", "no units of lot " + lot.trim() + " wait for putaway on this shipment");
    }
    LotSpec spec = LotSpec.of(item, lot, expiry, "", v);
    reject(v);
    return spec;
  }

  private SkuCatalogue.Item item(String barcode) {
    return catalogue.byBarcode(barcode.trim()).orElseThrow(
        () -> scanRefused("barcode", "no SKU of this shop has this barcode; report it as an unknown barcode"));
  }

  private InboundShipment byCode(String code) {
    return shipments.byCode(code.trim()).orElseThrow(() -> notFound(code));
  }

  /** Runs {@code work} as the shop the code names; a code that names no shop is an unknown shipment. */
  private <T> T as(String code, String act, Supplier<T> work) {
    TenantId tenant = InboundShipment.tenantOfCode(code).orElseThrow(() -> notFound(code));
    return platform.runAs(tenant, act, work);
  }

  private static int quantity(Integer qty, List<Violation> v) {
    if (qty == null) {
      return 1;
    }
    if (qty < 1 || qty > SCAN_QTY_MAX) {
      v.add(Violation.field("qty", "must be a whole number from 1 to " + SCAN_QTY_MAX));
    }
    return qty;
  }

  /** A scan the warehouse cannot act on: 422, naming what was scanned. */
  static ProblemException scanRefused(String field, String message) {
    return ProblemException.unprocessable(message, List.of(Violation.field(field, message)));
  }

  private static ProblemException notFound(String code) {
    return ProblemException.notFound("Inbound shipment " + code);
  }

  private static void reject(List<Violation> v) {
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
