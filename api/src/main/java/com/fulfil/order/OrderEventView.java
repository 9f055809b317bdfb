package com.fulfil.order;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** One entry of an order's timeline; {@code from} is null for the first (intake), and written as null. */
@JsonbNillable
public record OrderEventView(
    int sequence, OrderStatus from, OrderStatus to, String actor, Instant at, String reason) {

  static OrderEventView of(OrderEvent e) {
    return new OrderEventView(e.sequence(), e.from(), e.to(), e.actor(), e.at(), e.reason());
  }
}
