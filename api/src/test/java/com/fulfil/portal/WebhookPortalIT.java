package com.fulfil.portal;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Browser;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.TestTenants;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's webhooks page in real headless Chromium, signed in through the real Keycloak login
 * page. The shop's endpoint is a WireMock server on a free loopback port started (and stopped) by
 * this test: the shop admin registers it with an event filter (a bad event type is named at its
 * input), sees the signing secret once, an order made through the API shows in the delivery log
 * with the endpoint's 503, and a manual re-send after the endpoint recovers is delivered. The
 * notifications page: the contact email and a template's wording, refused input named at its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookPortalIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @RegisterExtension static final Browser browser = new Browser();

  @ArquillianResource URL url;
  Api admin;
  Api manager;
  String portal;
  WireMockServer endpoint;

  @BeforeEach
  void start() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    admin = api.asUser("alfa-admin");
    manager = api.asUser("alfa-manager");
    portal = api.base() + "/portal/";
    endpoint = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    endpoint.start();
  }

  @AfterEach
  void stop() {
    // The shop's webhooks go with the test: later orders must not be sent to a stopped endpoint.
    for (JsonValue w : admin.get("/api/v1/webhooks").items()) {
      admin.delete("/api/v1/webhooks/" + w.asJsonObject().getString("id"));
    }
    endpoint.stop();
  }

  @Test
  void theAdminRegistersAWebhookSeesTheSecretOnceAndResendsADelivery() {
    endpoint.stubFor(post("/hooks").willReturn(aResponse().withStatus(503).withBody("down for maintenance")));
    String hookUrl = "http://127.0.0.1:" + endpoint.port() + "/hooks";
    try (BrowserContext context = browser.context("en-US", 1400, 1000)) {
      Page page = signIn(context, "alfa-admin");
      page.getByTestId("nav-webhooks").click();
      assertThat(page.getByTestId("webhooks-page")).isVisible();

      page.getByTestId("webhook-url").fill(hookUrl);
      page.getByTestId("webhook-events").fill("order.received, order.nonsense");
      page.getByTestId("webhook-register").click();
      assertThat(page.getByTestId("webhook-events-error")).isVisible();
      assertEquals(0, admin.get("/api/v1/webhooks").items().size(), "nothing stored on error");

      page.getByTestId("webhook-events").fill("order.received");
      page.getByTestId("webhook-register").click();
      Locator secret = page.getByTestId("webhook-secret-value");
      assertThat(secret).isVisible();
      String secretText = secret.innerText().trim();
      assertTrue(secretText.startsWith("whsec_"), secretText);
      assertThat(page.getByTestId("webhook-secret-copy")).isVisible();
      Locator row = page.locator("[data-testid=webhook-row][data-url='" + hookUrl + "']");
      assertThat(row).isVisible();
      assertThat(row.locator("[data-col=events]")).hasText("order.received");

      page.reload();
      assertThat(page.getByTestId("webhooks-page")).isVisible();
      assertThat(row).isVisible();
      assertThat(page.getByTestId("webhook-secret")).isHidden();
      assertFalse(page.content().contains(secretText), "the secret is shown only once");

      String orderId = order();
      row.getByTestId("webhook-log-open").click();
      Locator delivery = page.locator("[data-testid=delivery-row][data-order-id='" + orderId + "']");
      // The endpoint keeps answering 503: the retries run out (tests allow 4 attempts) and the delivery fails.
      refreshUntil(page, () -> delivery.count() == 1 && "FAILED".equals(delivery.getAttribute("data-status")));
      assertEquals("503", delivery.locator("[data-col=code]").innerText().trim());
      assertEquals("order.received", delivery.getAttribute("data-event"), "only the filtered event");
      assertFalse(delivery.locator("[data-col=error]").innerText().isBlank(), "the last error is shown");
      int refused = endpoint.findAll(postRequestedFor(urlEqualTo("/hooks"))).size();
      assertTrue(Integer.parseInt(delivery.locator("[data-col=attempts]").innerText().trim()) >= 1, "attempts are counted");

      endpoint.stubFor(post("/hooks").willReturn(ok()));
      delivery.getByTestId("delivery-resend").click();
      assertThat(page.getByTestId("delivery-resent")).isVisible();
      refreshUntil(page, () -> "DELIVERED".equals(delivery.getAttribute("data-status")));
      assertEquals("200", delivery.locator("[data-col=code]").innerText().trim());
      List<LoggedRequest> calls = endpoint.findAll(postRequestedFor(urlEqualTo("/hooks")));
      assertEquals(refused + 1, calls.size(), "refused until it failed, then sent once more by hand");
      assertTrue(calls.stream().allMatch(c -> c.getBodyAsString().contains(orderId)));

      // A manager reads the log but may not change it.
      try (BrowserContext other = browser.context("en-US", 1400, 1000)) {
        Page read = signIn(other, "alfa-manager");
        read.getByTestId("nav-webhooks").click();
        Locator seen = read.locator("[data-testid=webhook-row][data-url='" + hookUrl + "']");
        assertThat(seen).isVisible();
        assertThat(read.getByTestId("webhook-form")).hasCount(0);
        assertThat(seen.getByTestId("webhook-delete")).hasCount(0);
      }

      row.getByTestId("webhook-delete").click();
      assertThat(row).hasCount(0);
      assertEquals(0, admin.get("/api/v1/webhooks").items().size());
    }
  }

  @Test
  void theAdminSetsTheContactEmailAndRewordsATemplateWithErrorsAtTheirInputs() {
    String before = admin.get("/api/v1/notification-settings").body();
    try (BrowserContext context = browser.context("en-US", 1400, 1000)) {
      Page page = signIn(context, "alfa-admin");
      page.getByTestId("nav-notifications").click();
      assertThat(page.getByTestId("notifications-page")).isVisible();

      page.getByTestId("settings-contact-email").fill("not an email");
      page.getByTestId("settings-save").click();
      assertThat(page.getByTestId("settings-contact-email-error")).isVisible();
      assertEquals(before, admin.get("/api/v1/notification-settings").body(), "nothing stored on error");
      String email = "orders+" + Long.toString(System.nanoTime(), 36) + "@alfa.example";
      page.getByTestId("settings-contact-email").fill(email);
      page.getByTestId("settings-save").click();
      assertThat(page.getByTestId("settings-saved")).isVisible();
      assertEquals(email, admin.get("/api/v1/notification-settings").json().getString("contactEmail"));

      Locator row = page.locator("[data-testid=template-row][data-moment=order-confirmed][data-language=en]");
      assertThat(row).hasAttribute("data-custom", "false");
      row.getByTestId("template-edit").click();
      Locator editor = page.getByTestId("template-editor");
      editor.getByTestId("template-sms").fill("Order {{orderNumber}} confirmed, {{nope}}");
      editor.getByTestId("template-save").click();
      assertThat(editor.getByTestId("template-sms-error")).isVisible();
      assertThat(row).hasAttribute("data-custom", "false");
      editor.getByTestId("template-sms").fill("Order {{orderNumber}} is confirmed");
      editor.getByTestId("template-save").click();
      assertThat(editor.getByTestId("template-saved")).isVisible();
      assertThat(row).hasAttribute("data-custom", "true");
      assertEquals("Order {{orderNumber}} is confirmed",
          admin.get("/api/v1/notification-templates/order-confirmed/en").json().getString("smsText"));
      editor.getByTestId("template-reset").click();
      assertThat(row).hasAttribute("data-custom", "false");
      assertFalse(admin.get("/api/v1/notification-templates/order-confirmed/en").json().getBoolean("custom"));
    } finally {
      admin.delete("/api/v1/notification-templates/order-confirmed/en");
      jakarta.json.JsonObject was = jakarta.json.Json.createReader(new java.io.StringReader(before)).readObject();
      admin.put("/api/v1/notification-settings", jakarta.json.Json.createObjectBuilder()
          .add("buyerLanguage", was.getString("buyerLanguage")).add("shopLanguage", was.getString("shopLanguage"))
          .add("contactEmail", was.isNull("contactEmail") ? jakarta.json.JsonValue.NULL : was.get("contactEmail"))
          .build().toString());
    }
  }

  /** Clicks the log's refresh until the condition holds (the outbox worker sends in the background). */
  private static void refreshUntil(Page page, java.util.function.BooleanSupplier condition) {
    Instant end = Instant.now().plus(WAIT);
    while (true) {
      page.getByTestId("deliveries-refresh").click();
      page.waitForTimeout(500);
      if (condition.getAsBoolean()) {
        return;
      }
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("the delivery log did not show it within " + WAIT + ":\n" + page.getByTestId("delivery-log").innerText());
      }
      page.waitForTimeout(1000);
    }
  }

  private String order() {
    var sku = aSku();
    assertEquals(201, manager.post("/api/v1/catalogue/skus", sku.json()).status());
    String body = jakarta.json.Json.createObjectBuilder()
        .add("externalNumber", "WH-" + UUID.randomUUID())
        .add("buyer", jakarta.json.Json.createObjectBuilder()
            .add("name", "Иван Петров").add("phone", "+79161234567")
            .add("address", jakarta.json.Json.createObjectBuilder()
                .add("country", "RU").add("region", "Москва").add("city", "Москва").add("street", "Тверская, 1")))
        .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("sku", sku.code()).add("qty", 1)))
        .add("deliveryFeeMinor", 0).add("paymentForm", "COD_CASH").add("deliveryMethod", "POST")
        .build().toString();
    Api.Reply r = manager.post("/api/v1/orders", body);
    assertEquals(201, r.status(), r.toString());
    return r.json().getString("id");
  }

  private Page signIn(BrowserContext context, String username) {
    return Browser.signIn(context, portal, username, "catalogue-page");
  }
}
