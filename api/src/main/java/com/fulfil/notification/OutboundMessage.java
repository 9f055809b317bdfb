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
 * One email or SMS in the outbox, rendered when its moment happened. Sent at least once: a worker
 * that dies after sending and before recording it lets the lease run out and the next worker sends
 * it again (providers and mail servers see the same message id).
 */
@Entity
@Cacheable(false) // claimed by workers on any node with SELECT ... FOR UPDATE: always read the row
@Table(name = "ntf_message")
public class OutboundMessage extends TenantOwned {

  /** How a message travels. */
  public enum Channel {
    EMAIL,
    SMS
  }

  /** Where a message is in its life. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id private UUID id;

  @Column(name = "order_id")
  private UUID orderId;

  private String moment;

  @Enumerated(EnumType.STRING)
  private Moment.Audience audience;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  private Language language;

  private String recipient;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Embedded private Retry retry;

  @Column(name = "provider_id")
  private String providerId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboundMessage() {}

  static OutboundMessage email(UUID orderId, Moment moment, Language language, String to, String subject, String body, Instant now) {
    return create(orderId, moment, Channel.EMAIL, language, to, subject, body, now);
  }

  static OutboundMessage sms(UUID orderId, Moment moment, Language language, String to, String text, Instant now) {
    return create(orderId, moment, Channel.SMS, language, to, null, text, now);
  }

  private static OutboundMessage create(
      UUID orderId, Moment moment, Channel channel, Language language, String to, String subject, String body, Instant now) {
    OutboundMessage m = new OutboundMessage();
    m.id = UUID.randomUUID();
    m.orderId = orderId;
    m.moment = moment.key();
    m.audience = moment.audience();
    m.channel = channel;
    m.language = language;
    m.recipient = to;
    m.subject = subject;
    m.body = body;
    m.status = Status.PENDING;
    m.retry = Retry.dueAt(now);
    m.createdAt = now;
    return m;
  }

  void claim(Instant now, Duration lease) {
    retry.claim(now, lease);
  }

  void sent(String providerMessageId, Instant now) {
    retry.succeeded();
    status = Status.SENT;
    providerId = providerMessageId;
    sentAt = now;
  }

  void failed(String error, boolean permanent, Instant now, Backoff backoff) {
    if (permanent) {
      retry.abandoned(error);
      status = Status.FAILED;
    } else if (retry.failed(error, now, backoff)) {
      status = Status.FAILED;
    }
  }

  UUID id() { return id; }
  Channel channel() { return channel; }
  String recipient() { return recipient; }
  String subject() { return subject; }
  String body() { return body; }
  Status status() { return status; }
  Retry retry() { return retry; }
}
