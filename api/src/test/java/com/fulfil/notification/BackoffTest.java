package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

  @Test
  void doublesUpToTheCap() {
    assertEquals(Duration.ofSeconds(30), backoff.after(1));
    assertEquals(Duration.ofSeconds(60), backoff.after(2));
    assertEquals(Duration.ofSeconds(120), backoff.after(3));
    assertEquals(Duration.ofMinutes(8), backoff.after(5));
    assertEquals(Duration.ofMinutes(10), backoff.after(6));
    assertEquals(Duration.ofMinutes(10), backoff.after(1_000), "no overflow");
  }

  @Test
  void stopsAfterMaxAttempts() {
    assertFalse(backoff.exhausted(4));
    assertTrue(backoff.exhausted(5));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 1));
  }

  @Test
  void aDeliveryIsRetriedOnScheduleThenMarkedFailedAndCanBeResent() {
    Instant t0 = Instant.parse("2025-03-01T10:00:00Z");
    WebhookDelivery d = WebhookDelivery.of(null, null, "order.confirmed", null, t0, 1, "{}", t0);
    for (int attempt = 1; attempt <= 4; attempt++) {
      d.claim(t0, Duration.ofMinutes(5));
      d.failed(503, "HTTP 503", false, t0, backoff);
      assertEquals(WebhookDelivery.Status.PENDING, d.status());
      assertEquals(t0.plus(backoff.after(attempt)), d.retry().nextAttemptAt());
    }
    d.claim(t0, Duration.ofMinutes(5));
    d.failed(null, "connection refused", false, t0, backoff);
    assertEquals(WebhookDelivery.Status.FAILED, d.status());
    assertEquals(5, d.retry().attempts());
    assertEquals("connection refused", d.retry().lastError());

    Instant later = t0.plusSeconds(3600);
    d.resend(later);
    assertEquals(WebhookDelivery.Status.PENDING, d.status());
    assertEquals(0, d.retry().attempts());
    assertEquals(later, d.retry().nextAttemptAt());
    d.claim(later, Duration.ofMinutes(5));
    d.delivered(204, later);
    assertEquals(WebhookDelivery.Status.DELIVERED, d.status());
    assertEquals(null, d.retry().lastError());
  }

  @Test
  void aPermanentRefusalIsNotRetried() {
    OutboundMessage m = OutboundMessage.sms(null, Moment.ORDER_CONFIRMED, Language.RU, "+79161234567", "text", Instant.EPOCH);
    m.claim(Instant.EPOCH, Duration.ofMinutes(5));
    m.failed("400 bad number", true, Instant.EPOCH, backoff);
    assertEquals(OutboundMessage.Status.FAILED, m.status());
  }
}
