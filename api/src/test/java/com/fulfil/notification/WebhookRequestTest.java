package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.web.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookRequestTest {

  private static List<String> fields(WebhookRequest r) {
    return r.violations().stream().map(Violation::field).toList();
  }

  @Test
  void onlyHttpAndHttpsUrls() {
    assertEquals(List.of(), fields(new WebhookRequest("https://shop.example/hooks", null, null)));
    assertEquals(List.of(), fields(new WebhookRequest("http://127.0.0.1:8080/hooks", List.of("*"), true)));
    for (String bad :
        List.of("ftp://shop.example/x", "file:///etc/passwd", "gopher://x", "javascript:alert(1)", "shop.example/hooks",
            "https://user:pw@shop.example/", "http:///nohost", "https://shop.example/a#b", "ht tp://x")) {
      assertEquals(List.of("url"), fields(new WebhookRequest(bad, null, null)), bad);
    }
    assertEquals(List.of("url"), fields(new WebhookRequest(null, null, null)));
  }

  @Test
  void eventTypesMustBeKnown() {
    assertEquals(List.of(), fields(new WebhookRequest("https://x.example", List.of("order.confirmed", "order.unreachable_hold"), null)));
    assertEquals(
        List.of("events[1]"), fields(new WebhookRequest("https://x.example", List.of("order.confirmed", "order.exploded"), null)));
  }

  @Test
  void anEmptyFilterMeansEverything() {
    Webhook w = Webhook.register(java.net.URI.create("https://x.example"), java.util.Set.of(), java.time.Instant.EPOCH);
    assertEquals(List.of("*"), w.events());
    assertEquals(true, w.wants("order.delivered"));
    Webhook some =
        Webhook.register(java.net.URI.create("https://x.example"), java.util.Set.of("order.confirmed"), java.time.Instant.EPOCH);
    assertEquals(true, some.wants("order.confirmed"));
    assertEquals(false, some.wants("order.received"));
  }
}
