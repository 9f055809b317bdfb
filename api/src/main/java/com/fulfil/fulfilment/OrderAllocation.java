package com.fulfil.fulfilment;

import com.fulfil.order.OrderService;
import com.fulfil.order.OrderStatus;
import com.fulfil.order.OrderStatusChanged;
import com.fulfil.order.OrderView;
import com.fulfil.stock.Allocation;
import com.fulfil.stock.StockArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reacts to orders' status changes synchronously and inside the transaction that made the change
 * (the tenant is bound there): the confirmation and the reservation commit or roll back together,
 * so a confirmed order is never left without its allocation decided.
 *
 * <p>Note for callers of {@link OrderService#confirm}: the view it returns was taken before this
 * observer ran; the order's status after commit is ALLOCATED or BACKORDERED.
 */
@ApplicationScoped
public class OrderAllocation {

  private static final Logger LOG = Logger.getLogger(OrderAllocation.class.getName());

  @Inject Allocation allocation;
  @Inject BackorderRetry retry;
  @Inject OrderService orders;

  void onStatusChanged(@Observes OrderStatusChanged change) {
    if (change.to() == OrderStatus.CONFIRMED) {
      allocate(change);
    } else if (change.to() == OrderStatus.CANCELLED) {
      allocation.release(change.orderId(), "order cancelled");
    }
  }

  /**
   * Stock arrived on a shelf: once that has committed, backordered orders waiting for it are tried
   * again ({@link BackorderRetry}). A failure there is logged and leaves them BACKORDERED until the
   * next arrival; it never undoes the arrival.
   */
  void onStockArrived(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockArrived arrived) {
    try {
      retry.retry(arrived);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "retrying backordered orders of " + arrived.tenant() + " failed; next arrival tries again", e);
    }
  }

  static List<Allocation.Demand> demand(OrderView order) {
    return order.lines().stream().map(l -> new Allocation.Demand(l.sku(), l.qty())).toList();
  }

  private void allocate(OrderStatusChanged change) {
    OrderView order = orders.get(change.orderId());
    Allocation.Result result = allocation.allocate(order.id(), demand(order));
    if (result.allocated()) {
      orders.markAllocated(order.id(), result.summary());
    } else {
      orders.markBackordered(order.id(), result.summary());
    }
  }
}
