package com.fulfil.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.ProblemException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  /** DESIGN §3 / issue 3, written out by hand: the table under test must not be its own oracle. */
  private static final List<String> ALLOWED =
      List.of(
          "RECEIVED>AWAITING_CONFIRMATION", "RECEIVED>REJECTED",
          "AWAITING_CONFIRMATION>CONFIRMED", "AWAITING_CONFIRMATION>CANCELLED", "AWAITING_CONFIRMATION>UNREACHABLE_HOLD",
          "UNREACHABLE_HOLD>AWAITING_CONFIRMATION", "UNREACHABLE_HOLD>CONFIRMED", "UNREACHABLE_HOLD>CANCELLED",
          "CONFIRMED>ALLOCATED", "CONFIRMED>BACKORDERED", "CONFIRMED>CANCELLED",
          "BACKORDERED>ALLOCATED", "BACKORDERED>CANCELLED",
          "ALLOCATED>PICKING", "ALLOCATED>CANCELLED",
          "PICKING>PACKED", "PICKING>ALLOCATED",
          "PACKED>HANDED_TO_CARRIER",
          "HANDED_TO_CARRIER>IN_TRANSIT",
          "IN_TRANSIT>OUT_FOR_DELIVERY", "IN_TRANSIT>DELIVERED", "IN_TRANSIT>UNDELIVERED", "IN_TRANSIT>REFUSED",
          "OUT_FOR_DELIVERY>DELIVERED", "OUT_FOR_DELIVERY>REFUSED", "OUT_FOR_DELIVERY>UNDELIVERED",
          "REFUSED>RETURNING",
          "UNDELIVERED>RETURNING", "UNDELIVERED>OUT_FOR_DELIVERY",
          "RETURNING>RETURNED");

  @Test
  void everyPairOfStatusesIsAllowedExactlyWhenTheDesignSaysSo() {
    Set<String> allowed = new HashSet<>(ALLOWED);
    int checked = 0;
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        String pair = from + ">" + to;
        assertEquals(allowed.contains(pair), Lifecycle.allows(from, to), pair);
        if (allowed.contains(pair)) {
          Lifecycle.check(from, to);
        } else {
          ProblemException refused = assertThrows(ProblemException.class, () -> Lifecycle.check(from, to), pair);
          assertEquals(409, refused.status(), pair);
          assertEquals("status", refused.violations().get(0).field(), pair);
          assertTrue(refused.getMessage().contains(from.name()) && refused.getMessage().contains(to.name()), refused.getMessage());
        }
        checked++;
      }
    }
    assertEquals(18 * 18, checked, "every status of the contract enum");
    assertEquals(ALLOWED.size(), Arrays.stream(OrderStatus.values()).mapToInt(s -> Lifecycle.next(s).size()).sum());
  }

  @Test
  void finalStatusesHaveNoWayOutAndNothingLeadsBackToReceived() {
    assertEquals(
        EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REJECTED, OrderStatus.DELIVERED, OrderStatus.RETURNED),
        EnumSet.copyOf(Arrays.stream(OrderStatus.values()).filter(Lifecycle::isFinal).toList()));
    for (OrderStatus s : OrderStatus.values()) {
      assertFalse(Lifecycle.allows(s, OrderStatus.RECEIVED), s + " → RECEIVED");
      assertFalse(Lifecycle.allows(s, s), s + " → itself");
    }
    assertFalse(Lifecycle.allows(null, OrderStatus.RECEIVED), "entering is not a transition");
    ProblemException fromFinal =
        assertThrows(ProblemException.class, () -> Lifecycle.check(OrderStatus.DELIVERED, OrderStatus.RETURNING));
    assertTrue(fromFinal.getMessage().contains("final"), fromFinal.getMessage());
  }

  @Test
  void everyStatusIsReachableFromIntake() {
    Set<OrderStatus> seen = EnumSet.of(Lifecycle.initial());
    Deque<OrderStatus> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (OrderStatus next : Lifecycle.next(todo.pop())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    assertEquals(EnumSet.allOf(OrderStatus.class), seen);
  }

  /** A storekeeper cancels an unpicked list: the order goes back to ALLOCATED, and from there to picking again or cancelled. */
  @Test
  void pickingStoppedBeforeAnyPickGoesBackToAllocated() {
    assertEquals(EnumSet.of(OrderStatus.PACKED, OrderStatus.ALLOCATED), Lifecycle.next(OrderStatus.PICKING));
    Lifecycle.check(OrderStatus.PICKING, OrderStatus.ALLOCATED);
    assertTrue(Lifecycle.allows(OrderStatus.ALLOCATED, OrderStatus.PICKING), "a later wave releases it again");
    ProblemException notCancellable =
        assertThrows(ProblemException.class, () -> Lifecycle.check(OrderStatus.PICKING, OrderStatus.CANCELLED));
    assertEquals("status", notCancellable.violations().get(0).field());
    assertFalse(Lifecycle.allows(OrderStatus.PACKED, OrderStatus.ALLOCATED), "once packed there is no way back to the shelf");
  }

  @Test
  void cancellingIsPossibleOnlyBeforePickingStarts() {
    Set<OrderStatus> cancellable = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatus s : OrderStatus.values()) {
      if (Lifecycle.allows(s, OrderStatus.CANCELLED)) {
        cancellable.add(s);
      }
    }
    assertEquals(
        EnumSet.of(OrderStatus.AWAITING_CONFIRMATION, OrderStatus.UNREACHABLE_HOLD, OrderStatus.CONFIRMED,
            OrderStatus.BACKORDERED, OrderStatus.ALLOCATED),
        cancellable);
  }
}
