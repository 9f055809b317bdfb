package com.fulfil.packing;

import com.fulfil.picking.PickedToteView;
import com.fulfil.picking.PickingService;
import com.fulfil.security.Caller;
import com.fulfil.stock.SkuCatalogue;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The packer's use cases at the station: scan a picked order's tote to open its parcel, scan every
 * unit into it (or out again), close it with box and weight, and print its label. Each act runs as
 * the parcel's shop (audited); every scan is logged in {@code wh_pack_scan}.
 */
@ApplicationScoped
@Transactional
public class PackingService {

  static final int BARCODE_MAX = 64;
  static final int WEIGHT_MAX_GRAMS = 50_000;

  @Inject PlatformScope platform;
  @Inject TenantSession session;
  @Inject PackingRepository packing;
  @Inject PickingService picking;
  @Inject ParcelOrders orders;
  @Inject SkuCatalogue catalogue;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<ParcelPacked> packed;

  /** A parcel opened at the station: {@code created} false when the order's open parcel was resumed. */
  public record Opened(ParcelView parcel, boolean created) {}

  public List<BoxView> boxes() {
    return packing.boxes();
  }

  /**
   * The tote's order gets its parcel (or its open parcel back): it expects exactly the units picked
   * into the tote. 404 naming {@code tote} when the tote holds no picked order; 409 naming {@code
   * tote} when the order is packed already, is no longer PICKING, or was picked short (its COD is
   * for the whole order: the storekeeper's re-pick completes it; changing the order is not built).
   */
  public Opened open(ToteRequest request) {
    ProblemException.requireBody(request);
    String tote = code(request.tote(), "tote");
    PickedToteView picked;
    try {
      picked = picking.pickedTote(tote);
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw new ProblemException(404, "not-found", "Not found", "tote " + tote + " holds no picked order",
            List.of(Violation.field("tote", "holds no picked order")));
      }
      throw e;
    }
    TenantId tenant = new TenantId(picked.tenant());
    return platform.runAs(tenant, "packing.parcel-opened", () -> {
      packing.lockOrder(picked.orderId());
      Optional<Parcel> existing = packing.ofOrder(picked.orderId());
      if (existing.isPresent()) {
        Parcel p = existing.get();
        if (p.status() != ParcelStatus.OPEN) {
          throw ProblemException.conflict("tote", "the order in this tote is already packed in parcel " + p.number());
        }
        return new Opened(view(p, null), false);
      }
      if (picked.openShortPicks() > 0) {
        throw ProblemException.conflict("tote", "a short pick of this order waits for the storekeeper");
      }
      if (picked.unitsShort() > 0) {
        // The label would collect the full order's COD for fewer goods: a short order is not shipped as it is.
        throw ProblemException.conflict("tote", "the order was picked " + picked.unitsShort()
            + (picked.unitsShort() == 1 ? " unit" : " units")
            + " short; it is not packed until it is complete (its COD is for the whole order): the storekeeper re-picks the missing units");
      }
      ParcelOrders.Shipment order = orders.shipment(picked.orderId())
          .orElseThrow(() -> ProblemException.conflict("tote", "the order of this tote is gone"));
      if (!"PICKING".equals(order.status())) {
        throw ProblemException.conflict("tote", "the order of this tote is " + order.status() + ", not PICKING");
      }
      Map<String, Integer> units = new LinkedHashMap<>();
      picked.items().forEach(i -> units.merge(i.sku(), i.qty(), Integer::sum));
      if (units.isEmpty()) {
        throw ProblemException.conflict("tote", "nothing was picked into this tote");
      }
      Parcel parcel = new Parcel(picked.listId(), picked.orderId(), picked.orderNumber(), packing.nextNumber(), tote,
          order.deliveryMethod(), units, caller.name(), now());
      packing.add(parcel);
      packing.flush();
      return new Opened(view(parcel, null), true);
    });
  }

  /** The parcel; 404 when there is none. */
  public ParcelView parcel(String id) {
    UUID parcelId = uuid(id);
    TenantId tenant = tenantOf(parcelId);
    return platform.runAs(tenant, "packing.parcel-read",
        () -> view(packing.find(parcelId).orElseThrow(() -> notFound(parcelId)), null));
  }

  /**
   * One unit into the box: OK when the order wants it, else EXTRA (an unknown barcode, another item,
   * one too many), which blocks closing until it is taken out. 409 naming {@code barcode} once packed.
   */
  public ParcelView scan(String id, BarcodeRequest request) {
    String barcode = barcode(request);
    return step(id, "packing.item-scanned", parcel -> {
      String sku = catalogue.byBarcode(barcode).map(SkuCatalogue.Item::sku).orElse(null);
      Parcel.ScanResult result = parcel.scan(barcode, sku);
      return new ParcelView.LastScan(barcode, sku, result.name());
    });
  }

  /** One unit out of the box (an extra one first); 422 naming {@code barcode} when none is in it. */
  public ParcelView remove(String id, BarcodeRequest request) {
    String barcode = barcode(request);
    return step(id, "packing.item-removed", parcel -> {
      String sku = catalogue.byBarcode(barcode).map(SkuCatalogue.Item::sku).orElse(null);
      parcel.remove(barcode, sku);
      return new ParcelView.LastScan(barcode, sku, "REMOVED");
    });
  }

  /**
   * Closes the parcel in a box at a weight: the order goes PICKING → PACKED in the same transaction.
   * 400 naming {@code box} or {@code weightGrams} when missing or out of range; 422 naming {@code box}
   * for a box the stations do not have, or {@code weightGrams} over the box's limit; 409 type
   * parcel-incomplete naming {@code items} while anything is missing or extra.
   */
  public ParcelView close(String id, ClosingRequest request) {
    ProblemException.requireBody(request);
    List<Violation> v = new ArrayList<>();
    if (request.box() == null || request.box().isBlank() || request.box().trim().length() > BARCODE_MAX) {
      v.add(Violation.field("box", "is required: the code on the box size's barcode"));
    }
    if (request.weightGrams() == null || request.weightGrams() < 1 || request.weightGrams() > WEIGHT_MAX_GRAMS) {
      v.add(Violation.field("weightGrams", "must be a whole number of grams from 1 to " + WEIGHT_MAX_GRAMS));
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    String boxCode = request.box().trim().toUpperCase();
    int weight = request.weightGrams();
    BoxView box = packing.boxes().stream().filter(b -> b.code().equals(boxCode)).findFirst()
        .orElseThrow(() -> ProblemException.unprocessable("there is no box " + boxCode,
            List.of(Violation.field("box", "is not a box of the packing stations"))));
    if (weight > box.maxWeightGrams()) {
      throw ProblemException.unprocessable("too heavy for " + box.code(),
          List.of(Violation.field("weightGrams", "is more than box " + box.code() + " takes (" + box.maxWeightGrams() + " g)")));
    }
    UUID parcelId = uuid(id);
    TenantId tenant = tenantOf(parcelId);
    return platform.runAs(tenant, "packing.parcel-closed", () -> {
      Parcel parcel = packing.lock(parcelId).orElseThrow(() -> notFound(parcelId));
      ParcelOrders.Shipment order = orders.shipment(parcel.orderId())
          .orElseThrow(() -> ProblemException.conflict("status", "the order of this parcel is gone"));
      parcel.close(box.code(), weight, order.codMinor(), order.currency(), now());
      packing.flush();
      packed.fire(new ParcelPacked(tenant, parcel.orderId(), parcel.number()));
      return view(parcel, null);
    });
  }

  /** The label's data; 409 naming {@code status} while the parcel is open. */
  public LabelView label(String id) {
    UUID parcelId = uuid(id);
    TenantId tenant = tenantOf(parcelId);
    return platform.runAs(tenant, "packing.label-printed", () -> {
      Parcel p = packing.find(parcelId).orElseThrow(() -> notFound(parcelId));
      if (p.status() == ParcelStatus.OPEN) {
        throw ProblemException.conflict("status", "the parcel is still open: close it first");
      }
      ParcelOrders.Shipment s = orders.shipment(p.orderId()).orElseThrow(() -> notFound(parcelId));
      return new LabelView(
          p.number(), p.number(), p.orderNumber(), new LabelView.Shop(tenant.value(), s.shopName()),
          new LabelView.Recipient(s.recipientName(), s.phone(), s.address()), p.deliveryMethod(), s.deliveryDate(),
          p.codMinor() == null ? null : new LabelView.Cod(p.codMinor(), p.currency()), p.weightGrams(), p.box(), p.packedAt());
    });
  }

  /** One scan on a parcel: locks it, runs {@code act}, logs the scan with what it did. */
  private ParcelView step(String id, String audit, Function<Parcel, ParcelView.LastScan> act) {
    UUID parcelId = uuid(id);
    TenantId tenant = tenantOf(parcelId);
    return platform.runAs(tenant, audit, () -> {
      Parcel parcel = packing.lock(parcelId).orElseThrow(() -> notFound(parcelId));
      ParcelView.LastScan scan = act.apply(parcel);
      packing.flush();
      packing.logScan(parcel.id(), tenant, caller.name(), "REMOVED".equals(scan.result()) ? "REMOVE" : "SCAN",
          scan.barcode(), scan.sku(), scan.result(), now());
      return view(parcel, scan);
    });
  }

  private ParcelView view(Parcel p, ParcelView.LastScan lastScan) {
    Set<String> skus = new LinkedHashSet<>();
    p.lines().forEach(l -> skus.add(l.sku()));
    p.extras().stream().filter(e -> e.sku() != null).forEach(e -> skus.add(e.sku()));
    Map<String, SkuCatalogue.Item> items = catalogue.byCodes(skus);
    List<ParcelView.Item> lines = p.lines().stream().map(l -> {
      SkuCatalogue.Item item = items.get(l.sku());
      return new ParcelView.Item(l.sku(), item == null ? null : item.name(), item == null ? List.of() : item.barcodes(),
          l.expected(), l.scanned());
    }).toList();
    List<ParcelView.Extra> extras = p.extras().stream().filter(e -> e.qty() > 0).map(e -> {
      SkuCatalogue.Item item = e.sku() == null ? null : items.get(e.sku());
      return new ParcelView.Extra(e.barcode(), e.sku(), item == null ? null : item.name(), e.qty());
    }).toList();
    int missing = p.missing();
    int extra = p.extra();
    return new ParcelView(
        p.id(), p.number(), session.require().value(), p.orderId(), p.orderNumber(), p.tote(), p.deliveryMethod(), p.status(),
        p.packer(), p.openedAt(), p.packedAt(), p.box(), p.weightGrams(),
        p.manifest(), lines, extras, missing, extra,
        missing == 0 && extra == 0, lastScan);
  }

  private TenantId tenantOf(UUID parcelId) {
    return packing.tenantOfAcrossTenants(parcelId).orElseThrow(() -> notFound(parcelId));
  }

  private static String barcode(BarcodeRequest request) {
    ProblemException.requireBody(request);
    return code(request.barcode(), "barcode");
  }

  private static String code(String value, String field) {
    if (value == null || value.isBlank() || value.trim().length() > BARCODE_MAX) {
      throw ProblemException.invalid(field, "is required, at most " + BARCODE_MAX + " characters");
    }
    return value.trim();
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value.trim());
    } catch (RuntimeException e) {
      throw ProblemException.invalid("id", "must be a parcel id (UUID)");
    }
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("Parcel " + id);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
