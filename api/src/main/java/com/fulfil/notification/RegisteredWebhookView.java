package com.fulfil.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a registration: the webhook and its signing {@code secret}, shown this once. Keep
 * it: every delivery's {@code Fulfil-Signature} header is an HMAC-SHA256 with it (see {@link
 * WebhookSignature}).
 */
public record RegisteredWebhookView(
    UUID id, String url, List<String> events, boolean active, Instant createdAt, long version, String secret) {

  static RegisteredWebhookView of(Webhook w) {
    return new RegisteredWebhookView(w.id(), w.url(), w.events(), w.active(), w.createdAt(), w.version(), w.secret());
  }
}
