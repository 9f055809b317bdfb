package com.fulfil.notification;

import com.fulfil.order.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The moments somebody is told about an order (DESIGN §3: "the buyer gets email/SMS at the moments
 * that matter"). Buyers hear when the order is taken, confirmed, cancelled, when we could not
 * reach them, when it leaves the warehouse, when the courier is on the way and when it is
 * delivered; internal steps (allocation, picking, packing, returns) are the shop's business and go
 * to its webhooks only. The shop is emailed when an order is held because the buyer is
 * unreachable: it may know another way to reach its customer.
 */
public enum Moment {
  ORDER_RECEIVED("order-received", Audience.BUYER),
  ORDER_CONFIRMED("order-confirmed", Audience.BUYER),
  ORDER_CANCELLED("order-cancelled", Audience.BUYER),
  BUYER_UNREACHABLE("buyer-unreachable", Audience.BUYER),
  ORDER_SHIPPED("order-shipped", Audience.BUYER),
  OUT_FOR_DELIVERY("out-for-delivery", Audience.BUYER),
  ORDER_DELIVERED("order-delivered", Audience.BUYER),
  SHOP_ORDER_HELD("shop-order-held", Audience.SHOP);

  /** Who a moment's messages go to. */
  public enum Audience {
    BUYER,
    SHOP
  }

  private final String key;
  private final Audience audience;

  Moment(String key, Audience audience) {
    this.key = key;
    this.audience = audience;
  }

  /** The name in paths and templates, e.g. {@code order-confirmed}. */
  public String key() {
    return key;
  }

  public Audience audience() {
    return audience;
  }

  public static Optional<Moment> parse(String key) {
    for (Moment m : values()) {
      if (m.key.equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The moments a status change makes (none for most changes). */
  public static List<Moment> of(OrderStatus from, OrderStatus to) {
    List<Moment> moments = new ArrayList<>(2);
    switch (to) {
      case AWAITING_CONFIRMATION -> {
        // Coming back from a hold is not news for the buyer; only the first time is.
        if (from == OrderStatus.RECEIVED) {
          moments.add(ORDER_RECEIVED);
        }
      }
      case CONFIRMED -> moments.add(ORDER_CONFIRMED);
      case CANCELLED -> moments.add(ORDER_CANCELLED);
      case UNREACHABLE_HOLD -> {
        moments.add(BUYER_UNREACHABLE);
        moments.add(SHOP_ORDER_HELD);
      }
      case HANDED_TO_CARRIER -> moments.add(ORDER_SHIPPED);
      case OUT_FOR_DELIVERY -> moments.add(OUT_FOR_DELIVERY);
      case DELIVERED -> moments.add(ORDER_DELIVERED);
      default -> {}
    }
    return moments;
  }
}
