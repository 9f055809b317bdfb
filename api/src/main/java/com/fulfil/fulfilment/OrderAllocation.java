package com.fulfil.fulfilment;

import com.fulfil.order.OrderService;
import com.fulfil.order.OrderStatus;
import com.fulfil.order.OrderStatusChanged;
import com.fulfil.order.OrderView;
import com.fulfil.stock.Allocation;
import com.fulfil.stock.StockArrived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reacts to orders' status changes (and to stock arriving for backordered orders), synchronously and inside the transaction that made the change
 * (the tenant is bound there): the confirmation and the reservation commit or roll back together,
 * so a confirmed order is never left without its allocation decided.
 *
 * <p>Note for callers of {@link OrderService#confirm}: the view it returns was taken before this
 * observer ran; the order's status after commit is ALLOCATED or BACKORDERED.
 */
@ApplicationScoped
public class OrderAllocation {

  /** Backordered orders tried per arrival of stock: a bound on the work a putaway can trigger. */
  static final int RETRY_MAX = 50;

  @Inject Allocation allocation;
  @Inject OrderService orders;

  void onStatusChanged(@Observes OrderStatusChanged change) {
    if (change.to() == OrderStatus.CONFIRMED) {
      allocate(change);
    } else if (change.to() == OrderStatus.CANCELLED) {
      allocation.release(change.orderId(), "order cancelled");
    }
  }

  /**
   * Stock arrived on a shelf: backordered orders waiting for it are tried again, oldest first (at
   * most {@link #RETRY_MAX} per arrival); those that now get all their units become ALLOCATED.
   */
  void onStockArrived(@Observes StockArrived arrived) {
    for (OrderView order : orders.backorderedWith(arrived.skus(), RETRY_MAX)) {
      Allocation.Result result = allocation.allocate(order.id(), demand(order));
      if (result.allocated()) {
        orders.markAllocated(order.id(), "stock arrived; " + result.summary());
      }
    }
  }

  private static List<Allocation.Demand> demand(OrderView order) {
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
