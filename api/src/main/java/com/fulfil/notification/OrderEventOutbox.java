package com.fulfil.notification;

import com.fulfil.web.Jsonp;
import com.fulfil.order.OrderService;
import com.fulfil.order.OrderStatusChanged;
import com.fulfil.order.OrderView;
import com.fulfil.tenancy.TenantId;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.tenant.TenantView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns each order event into outbox rows, in the order's own transaction: one delivery per
 * webhook that wants the event, and the emails and SMS of the event's {@link Moment}s. If the
 * order's transaction rolls back, so do these rows: nobody hears of a change that did not happen.
 *
 * <p>The tenant is the event's, bound explicitly (a no-op when the order's service already bound
 * it, a refusal if the transaction belongs to another shop). What every event of a transaction
 * needs (webhooks, settings, templates) is read once per transaction: a batch intake of 1,000
 * orders fires 2,000 events.
 */
@ApplicationScoped
public class OrderEventOutbox {

  private static final String CACHE_KEY = OrderEventOutbox.class.getName() + ".shop";

  @Inject TenantSession session;
  @Inject OrderService orders;
  @Inject TenantSettings tenant;
  @Inject NotificationRepository notifications;
  @Inject WebhookRepository webhooks;
  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry registry;

  /** What this transaction knows about the shop's notification set-up. */
  private record Shop(
      TenantId id, String name, List<Webhook> webhooks, Preferences preferences, Map<Moment, Map<Language, Wording>> custom) {}

  void onStatusChanged(@Observes OrderStatusChanged event) {
    session.bind(event.tenant());
    Shop shop = shop(event.tenant());
    Instant now = clock.instant();
    String type = eventType(event);
    String payload = null;
    for (Webhook w : shop.webhooks()) {
      if (w.wants(type)) {
        payload = payload != null ? payload : payload(event, type);
        webhooks.add(WebhookDelivery.of(w.id(), eventId(event), type, event.orderId(), event.at(), event.sequence(), payload, now));
      }
    }
    List<Moment> moments = Moment.of(event.from(), event.to());
    if (moments.isEmpty()) {
      return;
    }
    OrderView order = orders.get(event.orderId());
    for (Moment moment : moments) {
      if (moment.audience() == Moment.Audience.BUYER) {
        Language language = shop.preferences().buyerLanguage(order.buyer().address().country());
        Wording w = wording(shop, moment, language);
        Map<String, String> values = Placeholders.of(order, shop.name(), event, language);
        if (w.hasEmail() && order.buyer().email() != null && !order.buyer().email().isBlank()) {
          notifications.add(
              OutboundMessage.email(
                  order.id(), moment, language, order.buyer().email(),
                  oneLine(TemplateText.render(w.emailSubject(), values)), TemplateText.render(w.emailBody(), values), now));
        }
        if (w.hasSms()) {
          notifications.add(
              OutboundMessage.sms(order.id(), moment, language, order.buyer().phone(), TemplateText.render(w.smsText(), values), now));
        }
      } else if (shop.preferences().contactEmail() != null) {
        Language language = shop.preferences().shopLanguage();
        Wording w = wording(shop, moment, language);
        if (w.hasEmail()) {
          Map<String, String> values = Placeholders.of(order, shop.name(), event, language);
          notifications.add(
              OutboundMessage.email(
                  order.id(), moment, language, shop.preferences().contactEmail(),
                  oneLine(TemplateText.render(w.emailSubject(), values)), TemplateText.render(w.emailBody(), values), now));
        }
      }
    }
  }

  /** {@code order.} + the new status in lower case, e.g. {@code order.unreachable_hold}. */
  static String eventType(OrderStatusChanged event) {
    return "order." + event.to().name().toLowerCase(Locale.ROOT);
  }

  /** The same event always has the same id: shops use it to drop duplicates (delivery is at least once). */
  static UUID eventId(OrderStatusChanged event) {
    return UUID.nameUUIDFromBytes((event.orderId() + "#" + event.sequence()).getBytes(StandardCharsets.UTF_8));
  }

  /** The webhook body. Buyer's personal data stays out: the shop reads the order through the API. */
  static String payload(OrderStatusChanged e, String type) {
    JsonObjectBuilder data =
        Jsonp.provider().createObjectBuilder()
            .add("orderId", e.orderId().toString())
            .add("sequence", e.sequence())
            .add("to", e.to().name())
            .add("actor", e.actor());
    if (e.externalNumber() != null) {
      data.add("externalNumber", e.externalNumber());
    } else {
      data.addNull("externalNumber");
    }
    if (e.from() != null) {
      data.add("from", e.from().name());
    } else {
      data.addNull("from");
    }
    if (e.reason() != null) {
      data.add("reason", e.reason());
    } else {
      data.addNull("reason");
    }
    return Jsonp.provider().createObjectBuilder()
        .add("id", eventId(e).toString())
        .add("type", type)
        .add("occurredAt", e.at().toString())
        .add("tenant", e.tenant().value())
        .add("data", data)
        .build()
        .toString();
  }

  private static Wording wording(Shop shop, Moment moment, Language language) {
    Map<Language, Wording> own = shop.custom().get(moment);
    Wording w = own == null ? null : own.get(language);
    return w != null ? w : DefaultTemplates.of(moment, language);
  }

  /** A subject is a header: a line break in it would start another header. */
  private static String oneLine(String subject) {
    return subject == null ? null : subject.replaceAll("[\\r\\n]+", " ").trim();
  }

  private Shop shop(TenantId id) {
    String key = CACHE_KEY + "." + id.value();
    Shop cached = (Shop) registry.getResource(key);
    if (cached != null) {
      return cached;
    }
    TenantView t = tenant.own();
    Map<Moment, Map<Language, Wording>> custom = new EnumMap<>(Moment.class);
    for (NotificationTemplate nt : notifications.templates()) {
      custom.computeIfAbsent(nt.moment(), m -> new EnumMap<>(Language.class)).put(nt.language(), nt.wording());
    }
    Shop shop =
        new Shop(
            id, t.name(), webhooks.active(),
            Preferences.of(notifications.settings().orElse(null), t.currency()), custom);
    registry.putResource(key, shop);
    return shop;
  }
}
