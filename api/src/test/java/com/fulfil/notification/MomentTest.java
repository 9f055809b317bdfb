package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomentTest {

  @Test
  void theBuyerHearsOfTheMomentsThatMatter() {
    assertEquals(List.of(Moment.ORDER_RECEIVED), Moment.of(OrderStatus.RECEIVED, OrderStatus.AWAITING_CONFIRMATION));
    assertEquals(List.of(Moment.ORDER_CONFIRMED), Moment.of(OrderStatus.AWAITING_CONFIRMATION, OrderStatus.CONFIRMED));
    assertEquals(List.of(Moment.ORDER_CANCELLED), Moment.of(OrderStatus.AWAITING_CONFIRMATION, OrderStatus.CANCELLED));
    assertEquals(List.of(Moment.ORDER_SHIPPED), Moment.of(OrderStatus.PACKED, OrderStatus.HANDED_TO_CARRIER));
    assertEquals(List.of(Moment.OUT_FOR_DELIVERY), Moment.of(OrderStatus.IN_TRANSIT, OrderStatus.OUT_FOR_DELIVERY));
    assertEquals(List.of(Moment.ORDER_DELIVERED), Moment.of(OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED));
  }

  @Test
  void anUnreachableBuyerIsToldAndSoIsTheShop() {
    assertEquals(
        List.of(Moment.BUYER_UNREACHABLE, Moment.SHOP_ORDER_HELD),
        Moment.of(OrderStatus.AWAITING_CONFIRMATION, OrderStatus.UNREACHABLE_HOLD));
    assertEquals(Moment.Audience.SHOP, Moment.SHOP_ORDER_HELD.audience());
  }

  @Test
  void internalStepsAndTheFirstEventTellNobody() {
    assertEquals(List.of(), Moment.of(null, OrderStatus.RECEIVED));
    assertEquals(List.of(), Moment.of(OrderStatus.UNREACHABLE_HOLD, OrderStatus.AWAITING_CONFIRMATION), "back in the queue");
    assertEquals(List.of(), Moment.of(OrderStatus.CONFIRMED, OrderStatus.ALLOCATED));
    assertEquals(List.of(), Moment.of(OrderStatus.ALLOCATED, OrderStatus.PICKING));
    assertEquals(List.of(), Moment.of(OrderStatus.PICKING, OrderStatus.PACKED));
  }

  @Test
  void keysRoundTrip() {
    for (Moment m : Moment.values()) {
      assertEquals(m, Moment.parse(m.key()).orElseThrow());
    }
    assertEquals(java.util.Optional.empty(), Moment.parse("ORDER_CONFIRMED"));
  }
}
