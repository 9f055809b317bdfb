package com.fulfil.notification;

import com.fulfil.audit.AuditTrail;
import com.fulfil.tenancy.TenantService;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The calling shop's webhooks and their delivery logs. */
@TenantService
public class WebhookService {

  /** A shop needs one or two endpoints; ten leaves room and bounds the fan-out of every event. */
  static final int MAX_WEBHOOKS = 10;

  @Inject WebhookRepository webhooks;
  @Inject WebhookTargets targets;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public RegisteredWebhookView register(WebhookRequest request) {
    reject(request.violations());
    targets.checkRegistered(request.uri());
    if (webhooks.count() >= MAX_WEBHOOKS) {
      throw ProblemException.unprocessable(
          "A shop may register at most " + MAX_WEBHOOKS + " webhooks; remove one first.",
          List.of(Violation.field("url", "webhook limit reached")));
    }
    Webhook w = Webhook.register(request.uri(), request.eventSet(), clock.instant());
    webhooks.add(w);
    webhooks.flush();
    WebhookView view = WebhookView.of(w);
    audit.record("notification.webhook.registered", "webhook", w.id().toString(), null, view);
    return RegisteredWebhookView.of(w);
  }

  public Page<WebhookView> list() {
    return new Page<>(webhooks.list(MAX_WEBHOOKS).stream().map(WebhookView::of).toList(), null);
  }

  public WebhookView get(UUID id) {
    return WebhookView.of(load(id));
  }

  public WebhookView change(UUID id, WebhookRequest request) {
    Webhook w = load(id);
    reject(request.violations());
    targets.checkRegistered(request.uri());
    WebhookView before = WebhookView.of(w);
    w.change(request.uri(), request.eventSet(), request.isActive(), clock.instant());
    webhooks.flush();
    WebhookView after = WebhookView.of(w);
    audit.record("notification.webhook.changed", "webhook", id.toString(), before, after);
    return after;
  }

  /** Removes the webhook and its delivery log; pending deliveries are dropped. */
  public void remove(UUID id) {
    Webhook w = load(id);
    WebhookView before = WebhookView.of(w);
    webhooks.remove(w);
    webhooks.flush();
    audit.record("notification.webhook.removed", "webhook", id.toString(), before, null);
  }

  /** The delivery log, newest first, cursor-paged. */
  public Page<DeliveryView> deliveries(UUID id, PageRequest page) {
    load(id);
    Long before;
    try {
      before = page.after() == null ? null : Long.parseLong(page.after());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this API returned");
    }
    return page.page(
        webhooks.deliveries(id, before, page.fetchSize()),
        n -> String.valueOf(n.sequence()),
        n -> DeliveryView.of(n.delivery()));
  }

  /**
   * Sends the delivery again, due now with a fresh set of attempts, whatever its state. It keeps
   * its place in the webhook's event order: younger pending deliveries wait for it.
   */
  public DeliveryView resend(UUID id, UUID deliveryId) {
    load(id);
    WebhookDelivery d =
        webhooks.delivery(id, deliveryId).orElseThrow(() -> ProblemException.notFound("Delivery " + deliveryId));
    d.resend(clock.instant());
    webhooks.flush();
    DeliveryView view = DeliveryView.of(d);
    audit.record("notification.webhook.resent", "webhook-delivery", deliveryId.toString(), null, view);
    return view;
  }

  private Webhook load(UUID id) {
    return webhooks.find(id).orElseThrow(() -> ProblemException.notFound("Webhook " + id));
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
  }
}
