package com.fulfil.order;

import static com.fulfil.order.OrderStatus.ALLOCATED;
import static com.fulfil.order.OrderStatus.AWAITING_CONFIRMATION;
import static com.fulfil.order.OrderStatus.BACKORDERED;
import static com.fulfil.order.OrderStatus.CANCELLED;
import static com.fulfil.order.OrderStatus.CONFIRMED;
import static com.fulfil.order.OrderStatus.DELIVERED;
import static com.fulfil.order.OrderStatus.HANDED_TO_CARRIER;
import static com.fulfil.order.OrderStatus.IN_TRANSIT;
import static com.fulfil.order.OrderStatus.OUT_FOR_DELIVERY;
import static com.fulfil.order.OrderStatus.PACKED;
import static com.fulfil.order.OrderStatus.PICKING;
import static com.fulfil.order.OrderStatus.RECEIVED;
import static com.fulfil.order.OrderStatus.REFUSED;
import static com.fulfil.order.OrderStatus.REJECTED;
import static com.fulfil.order.OrderStatus.RETURNED;
import static com.fulfil.order.OrderStatus.RETURNING;
import static com.fulfil.order.OrderStatus.UNDELIVERED;
import static com.fulfil.order.OrderStatus.UNREACHABLE_HOLD;

import com.fulfil.web.ProblemException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order's state machine (DESIGN §3): the one table of which status may follow which. An order
 * enters at {@link OrderStatus#RECEIVED}; CANCELLED, REJECTED, DELIVERED and RETURNED are final.
 */
public final class Lifecycle {

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

  static {
    allow(RECEIVED, AWAITING_CONFIRMATION, REJECTED);
    allow(AWAITING_CONFIRMATION, CONFIRMED, CANCELLED, UNREACHABLE_HOLD);
    allow(UNREACHABLE_HOLD, AWAITING_CONFIRMATION, CONFIRMED, CANCELLED);
    allow(CONFIRMED, ALLOCATED, BACKORDERED, CANCELLED);
    allow(BACKORDERED, ALLOCATED, CANCELLED);
    allow(ALLOCATED, PICKING, CANCELLED);
    // Back to ALLOCATED: a storekeeper cancelled the order's pick list before any pick (reservations kept).
    allow(PICKING, PACKED, ALLOCATED);
    allow(PACKED, HANDED_TO_CARRIER);
    allow(HANDED_TO_CARRIER, IN_TRANSIT);
    allow(IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, UNDELIVERED, REFUSED);
    allow(OUT_FOR_DELIVERY, DELIVERED, REFUSED, UNDELIVERED);
    allow(REFUSED, RETURNING);
    allow(UNDELIVERED, RETURNING, OUT_FOR_DELIVERY);
    allow(RETURNING, RETURNED);
    for (OrderStatus s : OrderStatus.values()) {
      NEXT.putIfAbsent(s, Collections.unmodifiableSet(EnumSet.noneOf(OrderStatus.class)));
    }
  }

  private Lifecycle() {}

  private static void allow(OrderStatus from, OrderStatus first, OrderStatus... more) {
    NEXT.put(from, Collections.unmodifiableSet(EnumSet.of(first, more)));
  }

  /** The status an order enters the platform with. */
  public static OrderStatus initial() {
    return RECEIVED;
  }

  public static boolean allows(OrderStatus from, OrderStatus to) {
    return from != null && to != null && NEXT.get(from).contains(to);
  }

  /** The statuses that may follow {@code from}; empty for a final status. */
  public static Set<OrderStatus> next(OrderStatus from) {
    return NEXT.get(from);
  }

  public static boolean isFinal(OrderStatus status) {
    return NEXT.get(status).isEmpty();
  }

  /** Refuses a move the table does not allow: 409 naming {@code status}. */
  static void check(OrderStatus from, OrderStatus to) {
    if (!allows(from, to)) {
      throw ProblemException.conflict(
          "status",
          "the order is " + from + " and cannot become " + to
              + (isFinal(from) ? " (" + from + " is final)" : "; from " + from + " it can become " + next(from)));
    }
  }
}
