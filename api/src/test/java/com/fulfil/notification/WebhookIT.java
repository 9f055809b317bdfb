package com.fulfil.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.TestTenants;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shop webhooks end to end: the shop's endpoint is a WireMock server on a free loopback port; the
 * signature is checked here with an HMAC computed independently of the application's code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

  private static final String WEBHOOKS = "/api/v1/webhooks";
  private static final Duration WAIT = Duration.ofSeconds(40);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Shop alfa;
  Api bravo;
  WireMockServer endpoint;

  @BeforeEach
  void start() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    alfa = new Shop(api, TestTenants.ALFA);
    bravo = api.asUser("bravo-admin");
    endpoint = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    endpoint.start();
  }

  @AfterEach
  void stop() {
    // Each test's webhooks go with it: the next test's orders must not be sent to a stopped endpoint.
    for (Api shop : new Api[] {alfa.admin, bravo}) {
      for (JsonValue w : shop.get(WEBHOOKS).items()) {
        shop.delete(WEBHOOKS + "/" + w.asJsonObject().getString("id"));
      }
    }
    endpoint.stop();
  }

  private String hookUrl(String path) {
    return "http://127.0.0.1:" + endpoint.port() + path;
  }

  private JsonObject register(String path, List<String> events) {
    Api.Reply r = alfa.admin.post(WEBHOOKS, Json.object("url", hookUrl(path), "events", events));
    assertEquals(201, r.status(), r.toString());
    return r.json();
  }

  @Test
  void everyOrderEventIsDeliveredSignedAndInOrder() throws Exception {
    endpoint.stubFor(post("/hooks").willReturn(ok()));
    JsonObject hook = register("/hooks", List.of("*"));
    String secret = hook.getString("secret");
    assertTrue(secret.startsWith("whsec_"), "the secret is shown at registration");
    String id = hook.getString("id");
    Api.Reply read = alfa.admin.get(WEBHOOKS + "/" + id);
    assertEquals(200, read.status());
    assertFalse(read.json().containsKey("secret"), "and never again");
    assertFalse(alfa.admin.get(WEBHOOKS).body().contains(secret));

    String number = Shop.externalNumber("W");
    JsonObject order = alfa.order(number, Shop.Buyer.russian());
    String orderId = order.getString("id");
    assertEquals(200, alfa.manager.post("/api/v1/orders/" + orderId + "/cancellation", Json.object("reason", "дубль")).status());

    List<LoggedRequest> calls = awaitCalls("/hooks", orderId, 3);
    assertEquals(
        List.of("order.received", "order.awaiting_confirmation", "order.cancelled"),
        calls.stream().map(c -> body(c).getString("type")).toList(),
        "event order");
    for (int i = 0; i < calls.size(); i++) {
      LoggedRequest call = calls.get(i);
      JsonObject event = body(call);
      assertEquals(i + 1, event.getJsonObject("data").getInt("sequence"));
      assertEquals(number, event.getJsonObject("data").getString("externalNumber"));
      assertEquals("alfa", event.getString("tenant"));
      assertEquals(event.getString("id"), call.getHeader("Fulfil-Event-Id"));
      assertEquals(event.getString("type"), call.getHeader("Fulfil-Event-Type"));
      assertTrue(call.getHeader("Content-Type").startsWith("application/json"));
      assertSigned(secret, call);
    }
    JsonObject cancelled = body(calls.get(2)).getJsonObject("data");
    assertEquals("AWAITING_CONFIRMATION", cancelled.getString("from"));
    assertEquals("CANCELLED", cancelled.getString("to"));
    assertEquals("дубль", cancelled.getString("reason"));
    assertFalse(calls.get(0).getBodyAsString().contains("Иван"), "no buyer's personal data in events");

    List<JsonObject> log = Shop.await("the log shows all three delivered", WAIT, () -> {
      List<JsonObject> rows = deliveries(id, orderId);
      return rows.size() == 3 && rows.stream().allMatch(r -> r.getString("status").equals("DELIVERED")) ? rows : null;
    });
    for (JsonObject row : log) {
      assertEquals(1, row.getInt("attempts"));
      assertEquals(200, row.getInt("lastStatusCode"));
      assertTrue(row.isNull("nextAttemptAt"));
      assertTrue(row.isNull("lastError"));
    }
    assertEquals("order.cancelled", log.get(0).getString("eventType"), "the log is newest first");
  }

  @Test
  void aFailingEndpointIsRetriedWithBackoffThenMarkedFailedAndCanBeResent() {
    endpoint.stubFor(post("/down").willReturn(aResponse().withStatus(500).withBody("boom")));
    JsonObject hook = register("/down", List.of("order.received", "order.awaiting_confirmation"));
    String id = hook.getString("id");
    JsonObject order = alfa.order(Shop.externalNumber("F"), Shop.Buyer.russian());
    String orderId = order.getString("id");

    // 4 attempts each (0.5 s, 1 s, 2 s apart), the second event only after the first has failed for good.
    List<JsonObject> failed = Shop.await("both deliveries failed for good", WAIT, () -> {
      List<JsonObject> rows = deliveries(id, orderId);
      return rows.size() == 2 && rows.stream().allMatch(r -> r.getString("status").equals("FAILED")) ? rows : null;
    });
    for (JsonObject row : failed) {
      assertEquals(4, row.getInt("attempts"), row.toString());
      assertEquals(500, row.getInt("lastStatusCode"));
      assertTrue(row.getString("lastError").contains("boom"), row.toString());
      assertTrue(row.isNull("nextAttemptAt"));
    }
    List<LoggedRequest> calls = calls("/down", orderId);
    assertEquals(8, calls.size(), "max attempts, and not one more");
    List<String> types = calls.stream().map(c -> body(c).getString("type")).toList();
    assertEquals(List.of("order.received", "order.received", "order.received", "order.received",
        "order.awaiting_confirmation", "order.awaiting_confirmation", "order.awaiting_confirmation", "order.awaiting_confirmation"),
        types, "the younger event waits until the older one is settled");
    long gap1 = gapMs(calls, 0), gap2 = gapMs(calls, 1), gap3 = gapMs(calls, 2);
    assertTrue(gap1 >= 450 && gap2 >= 950 && gap3 >= 1900, "exponential backoff, was " + gap1 + ", " + gap2 + ", " + gap3 + " ms");

    // The shop fixes its endpoint and re-sends the first event by hand.
    endpoint.stubFor(post("/down").atPriority(1).willReturn(aResponse().withStatus(204)));
    JsonObject first = failed.stream().filter(r -> r.getString("eventType").equals("order.received")).findFirst().orElseThrow();
    Api.Reply resent = alfa.admin.post(WEBHOOKS + "/" + id + "/deliveries/" + first.getString("id") + "/resend", null);
    assertEquals(202, resent.status(), resent.toString());
    assertEquals("PENDING", resent.json().getString("status"));
    assertEquals(0, resent.json().getInt("attempts"));
    JsonObject delivered = Shop.await("the re-sent delivery delivered", WAIT, () ->
        deliveries(id, orderId).stream()
            .filter(r -> r.getString("id").equals(first.getString("id")) && r.getString("status").equals("DELIVERED"))
            .findFirst().orElse(null));
    assertEquals(1, delivered.getInt("attempts"));
    assertEquals(204, delivered.getInt("lastStatusCode"));
    LoggedRequest last = calls("/down", orderId).get(8);
    assertEquals(first.getString("eventId"), body(last).getString("id"), "the same event, same id");
    assertEquals(body(calls.get(0)).toString(), body(last).toString(), "the same payload");
  }

  @Test
  void aWebhookGetsOnlyTheEventsItAskedFor() {
    endpoint.stubFor(post("/cancellations").willReturn(ok()));
    endpoint.stubFor(post("/all").willReturn(ok()));
    register("/cancellations", List.of("order.cancelled"));
    register("/all", List.of());
    JsonObject order = alfa.order(Shop.externalNumber("E"), Shop.Buyer.russian());
    String orderId = order.getString("id");
    alfa.manager.post("/api/v1/orders/" + orderId + "/cancellation", Json.object("reason", "нет в наличии"));

    awaitCalls("/all", orderId, 3);
    List<LoggedRequest> cancellations = awaitCalls("/cancellations", orderId, 1);
    assertEquals("order.cancelled", body(cancellations.get(0)).getString("type"));
    assertEquals(1, calls("/cancellations", orderId).size());
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    for (String bad : List.of("ftp://shop.example/hooks", "file:///etc/passwd", "javascript:alert(1)", "gopher://shop.example", "not a url", "")) {
      Api.Reply r = alfa.admin.post(WEBHOOKS, Json.object("url", bad));
      assertEquals(400, r.status(), bad + ": " + r);
      assertTrue(r.contentType().startsWith("application/problem+json"));
      assertEquals(List.of("url"), r.problemFields(), bad);
    }
    Api.Reply events = alfa.admin.post(WEBHOOKS, Json.object("url", hookUrl("/x"), "events", List.of("order.confirmed", "order.teleported")));
    assertEquals(List.of("events[1]"), events.problemFields());
    assertEquals(400, alfa.admin.post(WEBHOOKS, null).status());
    assertEquals(0, alfa.admin.get(WEBHOOKS).items().size(), "nothing stored");

    assertEquals(403, alfa.manager.post(WEBHOOKS, Json.object("url", hookUrl("/x"))).status(), "only the shop admin registers");
    JsonObject hook = register("/x", List.of("*"));
    Api.Reply change = alfa.admin.put(WEBHOOKS + "/" + hook.getString("id"), Json.object("url", "ftp://x.example", "events", List.of("*")));
    assertEquals(List.of("url"), change.problemFields());
    assertEquals(hookUrl("/x"), alfa.admin.get(WEBHOOKS + "/" + hook.getString("id")).json().getString("url"), "unchanged");
    assertEquals(404, alfa.admin.get(WEBHOOKS + "/not-a-uuid").status());
    assertEquals(400, alfa.admin.get(WEBHOOKS + "/" + hook.getString("id") + "/deliveries?limit=0").status());
  }

  @Test
  void anotherShopsWebhookAndDeliveriesAreNotFound() {
    endpoint.stubFor(post("/iso").willReturn(ok()));
    JsonObject hook = register("/iso", List.of("*"));
    String id = hook.getString("id");
    JsonObject order = alfa.order(Shop.externalNumber("I"), Shop.Buyer.russian());
    JsonObject delivery = Shop.await("a delivery in the log", WAIT, () -> {
      List<JsonObject> rows = deliveries(id, order.getString("id"));
      return rows.isEmpty() ? null : rows.get(0);
    });
    String deliveryId = delivery.getString("id");

    assertNotFound(bravo.get(WEBHOOKS + "/" + id));
    assertNotFound(bravo.put(WEBHOOKS + "/" + id, Json.object("url", hookUrl("/stolen"), "events", List.of("*"))));
    assertNotFound(bravo.get(WEBHOOKS + "/" + id + "/deliveries"));
    assertNotFound(bravo.post(WEBHOOKS + "/" + id + "/deliveries/" + deliveryId + "/resend", null));
    assertNotFound(bravo.delete(WEBHOOKS + "/" + id));
    assertTrue(bravo.get(WEBHOOKS).items().isEmpty(), "never listed for B");

    JsonObject still = alfa.admin.get(WEBHOOKS + "/" + id).json();
    assertEquals(hookUrl("/iso"), still.getString("url"), "A's webhook untouched");
    assertEquals(hook.getInt("version"), still.getInt("version"));
  }

  private static void assertNotFound(Api.Reply r) {
    assertEquals(404, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"));
  }

  /** Checks Fulfil-Signature with an HMAC computed here, independently of the application. */
  private static void assertSigned(String secret, LoggedRequest call) throws Exception {
    String header = call.getHeader("Fulfil-Signature");
    Map<String, String> parts =
        java.util.Arrays.stream(header.split(",")).map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
    long t = Long.parseLong(parts.get("t"));
    assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 120, "a fresh timestamp: " + header);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((t + "." + new String(call.getBody(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    byte[] given = HexFormat.of().parseHex(parts.get("v1"));
    assertTrue(MessageDigest.isEqual(expected, given), "signature matches the raw body: " + header);
    Mac other = Mac.getInstance("HmacSHA256");
    other.init(new SecretKeySpec("whsec_someone-else".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertFalse(MessageDigest.isEqual(other.doFinal((t + "." + new String(call.getBody(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)), given),
        "another secret does not verify");
  }

  private List<JsonObject> deliveries(String webhookId, String orderId) {
    Api.Reply r = alfa.admin.get(WEBHOOKS + "/" + webhookId + "/deliveries?limit=200");
    assertEquals(200, r.status(), r.toString());
    return r.items().stream().map(JsonValue::asJsonObject).filter(d -> d.getString("orderId").equals(orderId)).toList();
  }

  private List<LoggedRequest> calls(String path, String orderId) {
    return endpoint.findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.data.orderId", equalTo(orderId))));
  }

  private List<LoggedRequest> awaitCalls(String path, String orderId, int count) {
    return Shop.await(count + " calls to " + path, WAIT, () -> {
      List<LoggedRequest> found = calls(path, orderId);
      return found.size() >= count ? found : null;
    });
  }

  private static long gapMs(List<LoggedRequest> calls, int i) {
    return calls.get(i + 1).getLoggedDate().getTime() - calls.get(i).getLoggedDate().getTime();
  }

  private static JsonObject body(LoggedRequest r) {
    return jakarta.json.Json.createReader(new StringReader(r.getBodyAsString())).readObject();
  }
}
