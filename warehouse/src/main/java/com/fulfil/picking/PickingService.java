package com.fulfil.picking;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.security.Caller;
import com.fulfil.stock.Allocation;
import com.fulfil.stock.SkuCatalogue;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The picker's use cases: claim the next list (of any shop), then for each pick scan the bin, the
 * item and confirm the quantity. Each act runs as the list's shop (audited). A wrong scan is
 * refused at once (422, type wrong-bin / wrong-item, naming {@code barcode}), nothing moves, and it
 * is logged for the picker's accuracy in a transaction of its own.
 */
@ApplicationScoped
@Transactional
public class PickingService {

  static final int BARCODE_MAX = 64;
  static final int QTY_MAX = 10_000;
  static final int REASON_MAX = 200;

  @Inject PlatformScope platform;
  @Inject PickingRepository picking;
  @Inject ScanLog scanLog;
  @Inject Allocation allocation;
  @Inject SkuCatalogue catalogue;
  @Inject LayoutService layout;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<OrderPicked> picked;

  /** The caller's next list: the one it holds, else the oldest open one (of {@code wave}, if given); empty when none waits. */
  public Optional<PickListView> claim(ClaimRequest request) {
    UUID wave = null;
    if (request != null && request.wave() != null && !request.wave().isBlank()) {
      wave = uuid(request.wave(), "wave");
    }
    Optional<PickingRepository.Claim> claim = picking.claimNextAcrossTenants(caller.name(), wave, now());
    return claim.map(c -> platform.runAs(c.tenant(), "picking.list-claimed",
        () -> view(c.tenant(), picking.list(c.listId()).orElseThrow())));
  }

  /** A list the caller holds (or held); 404 otherwise. */
  public PickListView list(String listId) {
    UUID id = uuid(listId, "list");
    TenantId tenant = tenantOf(id);
    return platform.runAs(tenant, "picking.list-read", () -> view(tenant, picking.list(id).orElseThrow(() -> notFound(id))));
  }

  /** Scan of the current pick's bin: 422 wrong-bin naming {@code barcode} for any other barcode. */
  public PickListView scanBin(String listId, PickScanRequest request) {
    String barcode = barcode(request);
    return step(listId, "BIN", barcode, "picking.bin-scanned", (list, pick) -> {
      Optional<BinView> bin = layout.findBin(barcode);
      if (bin.isEmpty() || !bin.get().id().equals(pick.binId())) {
        String want = layout.bins(List.of(pick.binId())).get(pick.binId()).barcode();
        throw wrong("wrong-bin", "Wrong bin", "this is not bin " + want + "; go to bin " + want);
      }
      pick.binScanned();
    });
  }

  /**
   * Scan of the item in the bin (any of the SKU's barcodes: EAN-13, Code-128): 422 wrong-item
   * naming {@code barcode} for another item or an unknown barcode; 409 naming {@code barcode}
   * before the bin was scanned.
   */
  public PickListView scanItem(String listId, PickScanRequest request) {
    String barcode = barcode(request);
    return step(listId, "ITEM", barcode, "picking.item-scanned", (list, pick) -> {
      if (!pick.isBinScanned()) {
        throw ProblemException.conflict("barcode", "scan the bin first, then the item");
      }
      Optional<SkuCatalogue.Item> item = catalogue.byBarcode(barcode);
      if (item.isEmpty() || !item.get().sku().equals(pick.sku())) {
        throw wrong("wrong-item", "Wrong item",
            "this is not " + pick.sku() + (item.isEmpty() ? " (unknown barcode)" : " but " + item.get().sku()));
      }
      pick.itemScanned();
    });
  }

  /**
   * The units found and put into the tote: the reservation is consumed and the units leave the bin
   * (PICK movement). Fewer than wanted is a short pick and raises a {@link PickException}. When it
   * was the order's last pick, the list is PICKED and {@link OrderPicked} is fired.
   */
  public PickListView confirm(String listId, PickConfirmationRequest request) {
    ProblemException.requireBody(request);
    List<Violation> v = new ArrayList<>();
    if (request.qty() == null || request.qty() < 0 || request.qty() > QTY_MAX) {
      v.add(Violation.field("qty", "must be a whole number from 0 to " + QTY_MAX));
    }
    if (request.reason() != null && request.reason().length() > REASON_MAX) {
      v.add(Violation.field("reason", "must be at most " + REASON_MAX + " characters"));
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    int qty = request.qty();
    return step(listId, "QTY", String.valueOf(qty), "picking.pick-confirmed", (list, pick) -> {
      Instant now = now();
      pick.confirm(qty, now);
      picking.flush();
      boolean full = pick.status() == PickStatus.PICKED;
      allocation.consume(list.orderId(), pick.reservationId(), qty, full ? "picked" : "short pick", "pick:" + list.id());
      if (!full) {
        String reason = request.reason() == null || request.reason().isBlank()
            ? (qty == 0 ? "bin empty" : "found " + qty + " of " + pick.qty())
            : request.reason().trim();
        picking.add(new PickException(pick, reason, caller.name(), now));
      }
      if (list.finishIfDone(now)) {
        picking.flush();
        picked.fire(new OrderPicked(list.tenant(), list.orderId(), list.tote()));
      }
    });
  }

  /** The picked order in a tote, for packing: 404 when the tote holds no picked order. */
  public PickedToteView pickedTote(String tote) {
    if (tote == null || tote.isBlank() || tote.length() > BARCODE_MAX) {
      throw ProblemException.invalid("tote", "is required, at most " + BARCODE_MAX + " characters");
    }
    PickingRepository.Claim c = picking.pickedToteAcrossTenants(tote.trim()).orElseThrow(() -> ProblemException.notFound("Tote " + tote));
    return platform.runAs(c.tenant(), "picking.tote-read", () -> {
      PickList list = picking.list(c.listId()).orElseThrow(() -> ProblemException.notFound("Tote " + tote));
      Map<String, SkuCatalogue.Item> items = catalogue.byCodes(list.picks().stream().map(Pick::sku).distinct().toList());
      List<PickedToteView.Item> lines = new ArrayList<>();
      for (Pick p : list.picks()) {
        if (p.pickedQty() != null && p.pickedQty() > 0) {
          SkuCatalogue.Item item = items.get(p.sku());
          lines.add(new PickedToteView.Item(
              p.sku(), item == null ? null : item.name(), item == null ? List.of() : item.barcodes(),
              p.lot().isEmpty() ? null : p.lot(), p.pickedQty()));
        }
      }
      return new PickedToteView(
          c.tenant().value(), list.id(), list.orderId(), list.orderNumber(), list.tote(), list.pickedAt(),
          list.unitsShort(),
          picking.openExceptionsOf(list.orderId()), lines);
    });
  }

  /**
   * One scan on the caller's list: locks the list, finds the current pick, runs {@code act}; a
   * refusal by {@code act} is logged as a wrong scan (in its own transaction) and rethrown, so this
   * transaction rolls back; a right scan is logged with it.
   */
  private PickListView step(String listId, String stepName, String scanned, String audit, BiConsumer<PickList, Pick> act) {
    UUID id = uuid(listId, "list");
    TenantId tenant = tenantOf(id);
    String picker = caller.name();
    return platform.runAs(tenant, audit, () -> {
      PickList list = picking.lockList(id).orElseThrow(() -> notFound(id));
      list.requireHeldBy(picker);
      Pick pick = list.current();
      if (pick == null) {
        throw ProblemException.conflict("list", "every pick of this list is done");
      }
      try {
        act.accept(list, pick);
      } catch (ProblemException e) {
        scanLog.refused(new PickingRepository.Scan(UUID.randomUUID(), picker, list.id(), pick.id(), stepName, scanned, false, now()));
        throw e;
      }
      picking.addScan(new PickingRepository.Scan(UUID.randomUUID(), picker, list.id(), pick.id(), stepName, scanned, true, now()));
      picking.flush();
      return view(tenant, list);
    });
  }

  private PickListView view(TenantId tenant, PickList list) {
    List<Pick> picks = list.picks();
    Map<UUID, BinView> bins = layout.bins(picks.stream().map(Pick::binId).distinct().toList());
    Map<String, SkuCatalogue.Item> items = catalogue.byCodes(picks.stream().map(Pick::sku).distinct().toList());
    List<PickListView.PickView> views = new ArrayList<>();
    PickListView.PickView current = null;
    Pick open = list.current();
    int done = 0;
    for (Pick p : picks) {
      BinView bin = bins.get(p.binId());
      SkuCatalogue.Item item = items.get(p.sku());
      String step = !p.open() ? "DONE" : !p.isBinScanned() ? "BIN" : !p.isItemScanned() ? "ITEM" : "QTY";
      PickListView.PickView view = new PickListView.PickView(
          p.id(), p.seq(), bin.barcode(), bin.address(), p.sku(), item == null ? null : item.name(),
          item == null ? List.of() : item.barcodes(), p.lot().isEmpty() ? null : p.lot(), p.qty(), p.pickedQty(), p.status(), step);
      views.add(view);
      if (p == open) {
        current = view;
      }
      if (!p.open()) {
        done++;
      }
    }
    return new PickListView(
        list.id(), tenant.value(), list.orderId(), list.orderNumber(), list.tote(), list.status(), list.pickedAt(), done,
        picks.size(), current, views);
  }

  private TenantId tenantOf(UUID listId) {
    return picking.tenantOfHeldListAcrossTenants(listId, caller.name()).orElseThrow(() -> notFound(listId));
  }

  private static String barcode(PickScanRequest request) {
    ProblemException.requireBody(request);
    if (request.barcode() == null || request.barcode().isBlank() || request.barcode().trim().length() > BARCODE_MAX) {
      throw ProblemException.invalid("barcode", "is required, at most " + BARCODE_MAX + " characters");
    }
    return request.barcode().trim();
  }

  private static ProblemException wrong(String type, String title, String message) {
    return new ProblemException(422, type, title, message, List.of(Violation.field("barcode", message)));
  }

  private static UUID uuid(String value, String field) {
    try {
      return UUID.fromString(value.trim());
    } catch (RuntimeException e) {
      throw ProblemException.invalid(field, "must be an id (UUID)");
    }
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("Pick list " + id);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
