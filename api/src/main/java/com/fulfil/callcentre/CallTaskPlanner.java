package com.fulfil.callcentre;

import com.fulfil.order.DeliveryMethod;
import com.fulfil.order.OrderService;
import com.fulfil.order.OrderStatus;
import com.fulfil.order.OrderStatusChanged;
import com.fulfil.order.OrderView;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * Opens and closes call tasks as orders move, inside the order's own transaction (the order fires
 * {@link OrderStatusChanged} synchronously with its tenant bound), so a task exists exactly when the
 * order change that calls for it commits.
 *
 * <ul>
 *   <li>to AWAITING_CONFIRMATION with no open confirmation task: open one ({@link
 *       CallSchedule#confirmation}, from the later of the receipt and the change).
 *   <li>to anything but AWAITING_CONFIRMATION or UNREACHABLE_HOLD: close the open confirmation task.
 *   <li>to CONFIRMED, for a courier delivery with a date and slot: open the pre-delivery reminder
 *       ({@link CallSchedule#preDelivery}, three hours before the slot in the buyer's zone), unless
 *       it would be too late.
 *   <li>to a state in which a delivery reminder is pointless (cancelled, delivered, ...): close it.
 * </ul>
 *
 * <p>Only the two opening transitions read the order and the shop's window (through their tenant
 * services, which happen in a request today: intake, confirmation, resume). Closing touches only
 * this context's rows and nothing request-scoped, so an order moved later by a job thread (the
 * warehouse, carriers) closes its tasks too.
 */
@ApplicationScoped
public class CallTaskPlanner {

  private static final Set<OrderStatus> CONFIRMATION_PENDING =
      EnumSet.of(OrderStatus.AWAITING_CONFIRMATION, OrderStatus.UNREACHABLE_HOLD);
  private static final Set<OrderStatus> DELIVERY_SETTLED =
      EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REJECTED, OrderStatus.DELIVERED, OrderStatus.REFUSED,
          OrderStatus.UNDELIVERED, OrderStatus.RETURNING, OrderStatus.RETURNED);

  @Inject CallTaskRepository tasks;
  @Inject OrderService orders;
  @Inject TenantSettings settings;
  @Inject TenantSession session;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void on(@Observes OrderStatusChanged e) {
    if (!session.current().map(e.tenant()::equals).orElse(false)) {
      throw new IllegalStateException("order events must arrive in a transaction bound to the order's tenant");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (e.from() == null || e.from() == OrderStatus.RECEIVED) {
      // A new order has no call task yet (the first opens on AWAITING_CONFIRMATION): no query, which
      // in a batch intake would also flush every order taken so far in the transaction.
      if (e.to() == OrderStatus.AWAITING_CONFIRMATION) {
        tasks.addForNewOrder(confirmationTask(e, now));
      }
      return;
    }
    String why = "order became " + e.to();
    if (!CONFIRMATION_PENDING.contains(e.to())) {
      tasks.findOpen(e.orderId(), CallKind.CONFIRMATION).ifPresent(t -> close(t, why, now));
    }
    if (DELIVERY_SETTLED.contains(e.to())) {
      tasks.findOpen(e.orderId(), CallKind.PRE_DELIVERY).ifPresent(t -> close(t, why, now));
    }
    if (e.to() == OrderStatus.AWAITING_CONFIRMATION && tasks.findOpen(e.orderId(), CallKind.CONFIRMATION).isEmpty()) {
      openConfirmation(e, now);
    }
    if (e.to() == OrderStatus.CONFIRMED && tasks.findOpen(e.orderId(), CallKind.PRE_DELIVERY).isEmpty()) {
      openPreDelivery(e, now);
    }
  }

  private void close(CallTask task, String why, Instant now) {
    task.close(why, now);
    tasks.flush();
  }

  private void openConfirmation(OrderStatusChanged e, Instant now) {
    tasks.add(confirmationTask(e, now));
  }

  private CallTask confirmationTask(OrderStatusChanged e, Instant now) {
    OrderView order = orders.get(e.orderId());
    TenantView shop = settings.own();
    ZoneId zone = CallSchedule.buyerZone(order.buyer().timeZone(), shop);
    Instant received = order.receivedAt();
    Instant base = received.isAfter(e.at()) ? received : e.at();
    CallSchedule.CallTime time = CallSchedule.of(shop).confirmation(base, zone);
    return CallTask.open(e.orderId(), CallKind.CONFIRMATION, zone, received, time, null, now);
  }

  private void openPreDelivery(OrderStatusChanged e, Instant now) {
    OrderView order = orders.get(e.orderId());
    if (order.deliveryMethod() != DeliveryMethod.COURIER || order.deliveryDate() == null || order.slotFrom() == null) {
      return;
    }
    TenantView shop = settings.own();
    ZoneId zone = CallSchedule.buyerZone(order.buyer().timeZone(), shop);
    Instant slotStart = order.deliveryDate().atTime(order.slotFrom()).atZone(zone).toInstant();
    CallSchedule.of(shop)
        .preDelivery(slotStart, e.at(), zone)
        .ifPresent(time -> tasks.add(CallTask.open(e.orderId(), CallKind.PRE_DELIVERY, zone, null, time, slotStart, now)));
  }
}
