package com.fulfil.notification;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a webhook's delivery log: the event, where its delivery stands ({@code PENDING},
 * {@code DELIVERED}, {@code FAILED}), how many attempts were made, the HTTP status last answered
 * (null: no answer), the last error, and when the next attempt is due (null unless pending).
 */
@JsonbNillable
public record DeliveryView(
    UUID id,
    UUID eventId,
    String eventType,
    UUID orderId,
    String status,
    int attempts,
    Integer lastStatusCode,
    String lastError,
    Instant nextAttemptAt,
    Instant deliveredAt,
    Instant createdAt) {

  static DeliveryView of(WebhookDelivery d) {
    return new DeliveryView(
        d.id(), d.eventId(), d.eventType(), d.orderId(), d.status().name(), d.retry().attempts(), d.lastStatusCode(),
        d.retry().lastError(), d.status() == WebhookDelivery.Status.PENDING ? d.retry().nextAttemptAt() : null,
        d.deliveredAt(), d.createdAt());
  }
}
