package com.fulfil.notification;

import com.fulfil.tenancy.TenantId;
import com.fulfil.tenancy.TenantSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's side of the outbox, one short transaction per step, each for one explicitly named
 * shop (a worker has no caller, so no tenant comes from anywhere else). Claiming takes a lease and
 * counts the attempt; sending happens outside any transaction (no database connection is held
 * while a mail server or a shop's endpoint thinks); the outcome is recorded afterwards.
 */
@ApplicationScoped
public class Outbox {

  /** An email or SMS to send, as claimed. */
  record MessageJob(UUID id, OutboundMessage.Channel channel, String to, String subject, String body) {}

  /** A webhook call to make, as claimed. */
  record DeliveryJob(UUID id, UUID webhookId, UUID eventId, String eventType, String url, String secret, String payload) {}

  @Inject TenantSession session;
  @Inject NotificationRepository notifications;
  @Inject WebhookRepository webhooks;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.backoff-base-ms", defaultValue = "30000")
  long backoffBaseMs;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.backoff-cap-ms", defaultValue = "3600000")
  long backoffCapMs;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.lease-ms", defaultValue = "300000")
  long leaseMs;

  Backoff backoff() {
    return new Backoff(Duration.ofMillis(backoffBaseMs), Duration.ofMillis(backoffCapMs), maxAttempts);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<MessageJob> claimMessages(TenantId tenant, Set<OutboundMessage.Channel> channels, int max) {
    session.bind(tenant);
    Instant now = clock.instant();
    List<OutboundMessage> due = notifications.lockDue(tenant, channels, now, max);
    due.forEach(m -> m.claim(now, Duration.ofMillis(leaseMs)));
    return due.stream().map(m -> new MessageJob(m.id(), m.channel(), m.recipient(), m.subject(), m.body())).toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void messageSent(TenantId tenant, UUID id, String providerId) {
    session.bind(tenant);
    notifications.message(id).ifPresent(m -> m.sent(providerId, clock.instant()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void messageFailed(TenantId tenant, UUID id, SendFailure failure) {
    session.bind(tenant);
    notifications.message(id).ifPresent(m -> m.failed(failure.getMessage(), failure.permanent(), clock.instant(), backoff()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<DeliveryJob> claimDeliveries(TenantId tenant, int max) {
    session.bind(tenant);
    Instant now = clock.instant();
    List<WebhookDelivery> due = webhooks.lockDueHeads(tenant, now, max);
    return due.stream()
        .map(
            d -> {
              d.claim(now, Duration.ofMillis(leaseMs));
              Webhook w = webhooks.find(d.webhookId()).orElseThrow();
              return new DeliveryJob(d.id(), w.id(), d.eventId(), d.eventType(), w.url(), w.secret(), d.payload());
            })
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(TenantId tenant, UUID id, int statusCode) {
    session.bind(tenant);
    webhooks.delivery(id).ifPresent(d -> d.delivered(statusCode, clock.instant()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deliveryFailed(TenantId tenant, UUID id, SendFailure failure) {
    session.bind(tenant);
    webhooks.delivery(id).ifPresent(d -> d.failed(failure.statusCode(), failure.getMessage(), failure.permanent(), clock.instant(), backoff()));
  }
}
