package com.fulfil.fulfilment;

import com.fulfil.order.OrderService;
import com.fulfil.order.OrderView;
import com.fulfil.stock.Allocation;
import com.fulfil.stock.StockArrived;
import com.fulfil.tenancy.PlatformScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Tries backordered orders again when stock of their SKUs has arrived, in a transaction of its own
 * for the shop the stock belongs to (audited), after the arrival committed. Separate because the
 * arrival's transaction holds its balance rows locked out of the id order allocation uses: trying
 * inside it could deadlock with a concurrent confirmation, and a failed retry must not undo a putaway.
 */
@ApplicationScoped
public class BackorderRetry {

  /** Backordered orders tried per arrival of stock: a bound on the work a putaway can trigger. */
  static final int RETRY_MAX = 50;

  @Inject PlatformScope platform;
  @Inject OrderService orders;
  @Inject Allocation allocation;

  /** Returns how many orders became ALLOCATED. */
  @Transactional(TxType.REQUIRES_NEW)
  public int retry(StockArrived arrived) {
    return platform.runAs(arrived.tenant(), "fulfilment.backorders-retried", () -> {
      int allocated = 0;
      for (OrderView order : orders.backorderedWith(arrived.skus(), RETRY_MAX)) {
        Allocation.Result result = allocation.allocate(order.id(), OrderAllocation.demand(order));
        if (result.allocated()) {
          orders.markAllocated(order.id(), "stock arrived; " + result.summary());
          allocated++;
        }
      }
      return allocated;
    });
  }
}
