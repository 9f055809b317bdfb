package com.fulfil.notification;

import com.fulfil.order.OrderStatus;
import com.fulfil.web.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A webhook endpoint: {@code url} (http or https, absolute, no credentials in it), {@code events}
 * (event types such as {@code order.confirmed}, or {@code *}; none given means all) and {@code
 * active} (default true).
 */
public record WebhookRequest(String url, List<String> events, Boolean active) {

  static final int URL_MAX = 2000;
  static final int EVENTS_MAX = 30;

  /** Every event type a webhook can ask for: {@code order.} + an order status in lower case. */
  static final Set<String> EVENT_TYPES;

  static {
    Set<String> types = new LinkedHashSet<>();
    for (OrderStatus s : OrderStatus.values()) {
      types.add("order." + s.name().toLowerCase(Locale.ROOT));
    }
    EVENT_TYPES = Set.copyOf(types);
  }

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (url == null || url.isBlank()) {
      v.add(Violation.field("url", "is required"));
    } else if (url.length() > URL_MAX) {
      v.add(Violation.field("url", "must be at most " + URL_MAX + " characters"));
    } else {
      try {
        URI uri = new URI(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          v.add(Violation.field("url", "must be an http or https URL"));
        } else if (uri.getHost() == null || uri.getHost().isBlank()) {
          v.add(Violation.field("url", "must name a host"));
        } else if (uri.getUserInfo() != null) {
          v.add(Violation.field("url", "must not carry a user name or password; the signature authenticates us"));
        } else if (uri.getFragment() != null) {
          v.add(Violation.field("url", "must not have a #fragment"));
        }
      } catch (URISyntaxException e) {
        v.add(Violation.field("url", "is not a valid URL"));
      }
    }
    if (events != null) {
      if (events.size() > EVENTS_MAX) {
        v.add(Violation.field("events", "at most " + EVENTS_MAX + " event types"));
      }
      for (int i = 0; i < events.size(); i++) {
        String e = events.get(i);
        if (e == null || !(Webhook.ALL.equals(e.trim()) || EVENT_TYPES.contains(e.trim()))) {
          v.add(Violation.field("events[" + i + "]", "unknown event type; use * or one of order.<status>, e.g. order.confirmed"));
        }
      }
    }
    return v;
  }

  URI uri() {
    return URI.create(url.trim());
  }

  Set<String> eventSet() {
    Set<String> set = new LinkedHashSet<>();
    if (events != null) {
      events.forEach(e -> set.add(e.trim()));
    }
    return set;
  }

  boolean isActive() {
    return active == null || active;
  }
}
