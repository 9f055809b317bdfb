package com.fulfil.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook as the API shows it; the secret is never shown again after registration. */
public record WebhookView(UUID id, String url, List<String> events, boolean active, Instant createdAt, long version) {

  static WebhookView of(Webhook w) {
    return new WebhookView(w.id(), w.url(), w.events(), w.active(), w.createdAt(), w.version());
  }
}
