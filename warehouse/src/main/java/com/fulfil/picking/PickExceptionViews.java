package com.fulfil.picking;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Short picks as the storekeeper sees them: with the order's number, list and tote, and the bin's barcode. */
@ApplicationScoped
public class PickExceptionViews {

  @Inject PickingRepository picking;
  @Inject LayoutService layout;
  @Inject PlatformScope platform;

  /** Views of {@code rows}, in the caller's transaction, which is bound to {@code shop}. */
  List<PickExceptionView> of(TenantId shop, List<PickException> rows) {
    Map<UUID, BinView> bins = layout.bins(rows.stream().map(PickException::binId).distinct().toList());
    Map<UUID, Pick> picks = picking.picksWithLists(rows.stream().map(PickException::pickId).toList());
    List<PickExceptionView> out = new ArrayList<>();
    for (PickException e : rows) {
      PickList list = picks.get(e.pickId()).list();
      out.add(new PickExceptionView(
          e.id(), shop.value(), e.orderId(), list.orderNumber(), list.id(), list.tote(), e.sku(), e.lot().isEmpty() ? null : e.lot(),
          bins.get(e.binId()).barcode(), e.expected(), e.picked(), e.reason(), e.raisedBy(), e.raisedAt(), e.resolvedBy(),
          e.resolvedAt(), e.action(), e.resolution()));
    }
    return out;
  }

  /** The shop's exceptions with these ids, read as the shop (audited) in a transaction of its own: a transaction serves one shop. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<PickExceptionView> read(TenantId shop, List<UUID> ids) {
    return platform.runAs(shop, "picking.exceptions-listed", () -> of(shop, picking.exceptions(ids)));
  }
}
