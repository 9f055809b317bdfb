package com.fulfil.notification;

import com.fulfil.tenancy.TenantId;
import com.fulfil.tenant.TenantOnboarding;
import com.fulfil.tenant.TenantView;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, after the transactions that wrote it committed. Every {@code
 * fulfil.outbox.poll-ms} it goes through the shops one by one, each with its tenant named
 * explicitly, and sends their due emails, SMS and webhook deliveries until none is due or the
 * shop's time slice is used up. Any number of nodes may run it: rows are claimed with {@code FOR
 * UPDATE SKIP LOCKED} and a lease.
 *
 * <p>A channel that is not configured (no {@code fulfil.smtp.host}, no {@code fulfil.sms.url}) is
 * skipped: its messages stay pending, untouched, and go out once it is configured. That is the
 * default of a local run.
 */
@ApplicationScoped
public class OutboxWorker {

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Outbox outbox;
  @Inject TenantOnboarding tenants;
  @Inject SmtpMailer mail;
  @Inject SmsGateway sms;
  @Inject WebhookClient webhooks;
  @Inject WebhookTargets targets;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.poll-ms", defaultValue = "1000")
  long pollMs;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.batch", defaultValue = "10")
  int batch;

  @Inject
  @ConfigProperty(name = "fulfil.outbox.slice-ms", defaultValue = "5000")
  long sliceMs;

  private ScheduledFuture<?> ticking;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (!enabled) {
      LOG.info("Outbox worker disabled (fulfil.outbox.enabled=false)");
      return;
    }
    LOG.info(
        "Outbox worker every " + pollMs + " ms; email " + (mail.configured() ? "via SMTP" : "not configured (kept pending)")
            + ", SMS " + (sms.configured() ? "via HTTP provider" : "not configured (kept pending)"));
    ticking = scheduler.scheduleWithFixedDelay(this::tick, Math.max(pollMs, 1000), pollMs, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  /** One round over every shop. Never throws: a scheduled task that throws is never run again. */
  void tick() {
    try {
      for (TenantId tenant : shops()) {
        try {
          work(tenant);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Outbox round failed for tenant " + tenant, e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox round failed", e);
    }
  }

  private List<TenantId> shops() {
    List<TenantId> ids = new ArrayList<>();
    String cursor = null;
    do {
      Page<TenantView> page = tenants.listAcrossTenants(PageRequest.of(cursor, String.valueOf(PageRequest.MAX_LIMIT)));
      page.items().forEach(t -> ids.add(new TenantId(t.id())));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  private void work(TenantId tenant) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(sliceMs);
    Set<OutboundMessage.Channel> channels = EnumSet.noneOf(OutboundMessage.Channel.class);
    if (mail.configured()) {
      channels.add(OutboundMessage.Channel.EMAIL);
    }
    if (sms.configured()) {
      channels.add(OutboundMessage.Channel.SMS);
    }
    boolean more = true;
    while (more && System.nanoTime() < deadline) {
      List<Outbox.MessageJob> messages = outbox.claimMessages(tenant, channels, batch);
      messages.forEach(m -> send(tenant, m));
      List<Outbox.DeliveryJob> deliveries = outbox.claimDeliveries(tenant, batch);
      deliveries.forEach(d -> deliver(tenant, d));
      more = !messages.isEmpty() || !deliveries.isEmpty();
    }
  }

  private void send(TenantId tenant, Outbox.MessageJob m) {
    try {
      String providerId = null;
      switch (m.channel()) {
        case EMAIL -> mail.send(m.to(), m.subject(), m.body(), m.id().toString());
        case SMS -> providerId = sms.send(new SmsGateway.Sms(m.to(), m.body(), m.id().toString()));
      }
      outbox.messageSent(tenant, m.id(), providerId);
    } catch (SendFailure f) {
      // Not the failure's text: it may quote the address or number, which logs must not hold.
      LOG.info("Message " + m.id() + " (" + m.channel() + ") not sent" + (f.statusCode() == null ? "" : ", status " + f.statusCode())
          + (f.permanent() ? ", refused for good" : ", will retry"));
      outbox.messageFailed(tenant, m.id(), f);
    }
  }

  private void deliver(TenantId tenant, Outbox.DeliveryJob d) {
    try {
      targets.checkDelivery(java.net.URI.create(d.url()));
      int status = webhooks.post(d.url(), d.secret(), d.eventId().toString(), d.eventType(), d.id().toString(), d.payload());
      outbox.delivered(tenant, d.id(), status);
    } catch (SendFailure f) {
      LOG.info("Webhook delivery " + d.id() + " of webhook " + d.webhookId() + " failed: " + f.getMessage());
      outbox.deliveryFailed(tenant, d.id(), f);
    } catch (RuntimeException e) {
      // A URL the HTTP client cannot use at all still counts as a failed attempt, not a stuck row.
      outbox.deliveryFailed(tenant, d.id(), SendFailure.transientFailure(e.toString(), e));
    }
  }
}
