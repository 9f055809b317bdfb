package com.fulfil.notification;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One order event for one webhook: the outbox row and the line of the delivery log at once. The
 * payload is fixed when the event happens; a re-send sends the same bytes with a fresh signature.
 * A webhook's deliveries go out in event order: by when the event happened, then by order and the
 * event's number within it. The column {@code seq} (a database sequence) only pages the log.
 */
@Entity
@Cacheable(false) // claimed by workers on any node with SELECT ... FOR UPDATE: always read the row
@Table(name = "ntf_webhook_delivery")
public class WebhookDelivery extends TenantOwned {

  /** Where a delivery is in its life. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id private UUID id;

  @Column(name = "webhook_id")
  private UUID webhookId;

  @Column(name = "event_id")
  private UUID eventId;

  @Column(name = "event_type")
  private String eventType;

  @Column(name = "order_id")
  private UUID orderId;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "event_seq")
  private long eventSequence;

  private String payload;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Embedded private Retry retry;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Version private long version;

  protected WebhookDelivery() {}

  static WebhookDelivery of(
      UUID webhookId, UUID eventId, String eventType, UUID orderId, Instant occurredAt, long eventSequence, String payload, Instant now) {
    WebhookDelivery d = new WebhookDelivery();
    d.id = UUID.randomUUID();
    d.webhookId = webhookId;
    d.eventId = eventId;
    d.eventType = eventType;
    d.orderId = orderId;
    d.occurredAt = occurredAt;
    d.eventSequence = eventSequence;
    d.payload = payload;
    d.status = Status.PENDING;
    d.retry = Retry.dueAt(now);
    d.createdAt = now;
    return d;
  }

  void claim(Instant now, Duration lease) {
    retry.claim(now, lease);
  }

  void delivered(int statusCode, Instant now) {
    retry.succeeded();
    lastStatusCode = statusCode;
    status = Status.DELIVERED;
    deliveredAt = now;
  }

  /**
   * {@code statusCode} null: no HTTP answer at all (refused, timed out). {@code permanent}: trying
   * again cannot help (the target is not allowed), so it fails at once.
   */
  void failed(Integer statusCode, String error, boolean permanent, Instant now, Backoff backoff) {
    lastStatusCode = statusCode;
    if (permanent) {
      retry.abandoned(error);
      status = Status.FAILED;
    } else if (retry.failed(error, now, backoff)) {
      status = Status.FAILED;
    }
  }

  /** A person asked to send it again, whatever happened to it so far. */
  void resend(Instant now) {
    retry.restart(now);
    status = Status.PENDING;
  }

  UUID id() { return id; }
  UUID webhookId() { return webhookId; }
  UUID eventId() { return eventId; }
  String eventType() { return eventType; }
  UUID orderId() { return orderId; }
  String payload() { return payload; }
  Status status() { return status; }
  Retry retry() { return retry; }
  Integer lastStatusCode() { return lastStatusCode; }
  Instant createdAt() { return createdAt; }
  Instant deliveredAt() { return deliveredAt; }
}
