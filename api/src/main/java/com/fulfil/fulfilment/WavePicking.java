package com.fulfil.fulfilment;

import com.fulfil.order.OrderService;
import com.fulfil.order.OrderView;
import com.fulfil.picking.AllocatedOrders;
import com.fulfil.picking.PickListCancelled;
import com.fulfil.picking.WavePlanner;
import com.fulfil.picking.WaveReleased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Wires picking to the orders: tells a wave which of the bound shop's orders are ALLOCATED, and
 * moves each released order ALLOCATED → PICKING synchronously, inside the releasing transaction
 * (the wave and the orders' moves commit or roll back together). The order's event names the
 * storekeeper who released the wave and the wave's code. A pick list cancelled before any pick
 * moves its order back PICKING → ALLOCATED in the cancelling transaction, with the storekeeper's reason.
 */
@ApplicationScoped
public class WavePicking implements AllocatedOrders {

  @Inject OrderService orders;

  @Override
  public List<WavePlanner.Candidate> allocated(Collection<UUID> ids, int max) {
    return orders.allocated(ids, max).stream().map(WavePicking::candidate).toList();
  }

  void onWaveReleased(@Observes WaveReleased wave) {
    for (UUID order : wave.orderIds()) {
      orders.startPicking(order, "released for picking in wave " + wave.waveCode());
    }
  }

  void onPickListCancelled(@Observes PickListCancelled cancelled) {
    orders.stopPicking(cancelled.orderId(), cancelled.reason());
  }

  private static WavePlanner.Candidate candidate(OrderView o) {
    return new WavePlanner.Candidate(
        o.id(), o.externalNumber(), o.deliveryMethod().name(), o.deliveryDate(), o.receivedAt());
  }
}
