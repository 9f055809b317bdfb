package com.fulfil.stock;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The storekeeper's use cases on a shop's stock. Staff carry no tenant: each act names the shop and
 * runs as it through the audited {@link PlatformScope#runAs}.
 */
@ApplicationScoped
@Transactional
public class StockKeeping {

  /** The books of one shop: whether every balance equals the sum of its movements. */
  public record CheckView(String tenant, boolean agrees, List<String> discrepancies) {}

  @Inject PlatformScope platform;
  @Inject StockService stock;
  @Inject SkuCatalogue catalogue;
  @Inject LayoutService layout;

  /**
   * Adds units to a bin or takes them out, with a reason. 400 naming the field for bad input, a
   * SKU not in the shop's catalogue or an unknown bin; 409 naming {@code qty} when the bin has fewer
   * free units than are taken out. Nothing is stored on error.
   */
  public MovementView adjust(AdjustmentRequest request) {
    List<Violation> v = request.violations();
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return platform.runAs(new TenantId(request.tenant()), "stock.adjusted", () -> {
      List<Violation> errors = new ArrayList<>();
      SkuCatalogue.Item item = catalogue.byCodes(List.of(request.sku().trim())).get(request.sku().trim());
      if (item == null) {
        throw ProblemException.invalid("sku", "is not a SKU of shop " + request.tenant());
      }
      LotSpec lot = LotSpec.of(item, request.lot(), request.expiry(), "", errors);
      BinView bin = layout.findBin(request.bin()).orElse(null);
      if (bin == null) {
        errors.add(Violation.field("bin", "no bin has this barcode"));
      }
      if (!errors.isEmpty()) {
        throw ProblemException.invalid(errors);
      }
      int qty = request.qty();
      StockMove move = new StockMove(
          item.sku(), lot.lot(), lot.expiry(), qty < 0 ? bin.id() : null, qty > 0 ? bin.id() : null, Math.abs(qty),
          MovementReason.ADJUSTMENT, null, request.reason().trim());
      return stock.move(move, null);
    });
  }

  /**
   * Moves units of a shop between bins with a reason (RELOCATION): damaged goods to quarantine,
   * goods found on the wrong shelf. 400 naming the field for bad input, an unknown SKU or bin; 409
   * naming {@code qty} when the source bin has fewer free units. Nothing is stored on error.
   */
  public MovementView relocate(RelocationRequest request) {
    List<Violation> v = request.violations();
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return platform.runAs(new TenantId(request.tenant()), "stock.relocated", () -> {
      SkuCatalogue.Item item = catalogue.byCodes(List.of(request.sku().trim())).get(request.sku().trim());
      if (item == null) {
        throw ProblemException.invalid("sku", "is not a SKU of shop " + request.tenant());
      }
      List<Violation> errors = new ArrayList<>();
      String lot = request.lot() == null || request.lot().isBlank() ? StockBalance.NO_LOT : request.lot().trim();
      if (!item.expiryTracked() && !lot.isEmpty()) {
        errors.add(Violation.field("lot", "SKU " + item.sku() + " does not track lots"));
      } else if (item.expiryTracked() && lot.isEmpty()) {
        errors.add(Violation.field("lot", "is required: SKU " + item.sku() + " tracks lots"));
      }
      BinView from = layout.findBin(request.from()).orElse(null);
      if (from == null) {
        errors.add(Violation.field("from", "no bin has this barcode"));
      }
      BinView to = layout.findBin(request.to()).orElse(null);
      if (to == null) {
        errors.add(Violation.field("to", "no bin has this barcode"));
      }
      if (!errors.isEmpty()) {
        throw ProblemException.invalid(errors);
      }
      java.time.LocalDate expiry = stock.expiryOfLot(item.sku(), lot).orElse(null);
      return stock.move(
          new StockMove(item.sku(), lot, expiry, from.id(), to.id(), request.qty(), MovementReason.RELOCATION, null,
              request.reason().trim()),
          null);
    });
  }

  /** The shop's balances in doubt after short picks: the bins to count (audited as a staff read). */
  public List<StockService.DoubtView> inDoubt(String tenant) {
    return platform.runAs(shop(tenant), "stock.in-doubt-listed", stock::inDoubt);
  }

  /** Compares the shop's balances with the sums of its movements (audited as a staff read). */
  public CheckView check(String tenant) {
    shop(tenant);
    List<String> differences = platform.runAs(new TenantId(tenant), "stock.checked", stock::discrepancies);
    return new CheckView(tenant, differences.isEmpty(), differences);
  }

  /** The shop named by the query's {@code tenant}; 400 naming {@code tenant} if it is not a shop id. */
  private static TenantId shop(String tenant) {
    if (!TenantId.isValid(tenant)) {
      throw ProblemException.invalid("tenant", "must be the id of a shop");
    }
    return new TenantId(tenant);
  }
}
