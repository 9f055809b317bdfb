package com.fulfil.portal;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Browser;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.TestTenants;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator console at /ops/ in real headless Chromium, signed in through the real Keycloak
 * login page: an operator pulls the next call (keyboard N), sees the shop, the script and the order,
 * gets a server field error at the line it names, confirms with an edited quantity (the shop's API
 * then shows the order CONFIRMED with it); a second call is recorded unreachable; the supervisor's
 * KPIs count both calls; a script the supervisor saves is what the next call shows; a cancel without
 * a reason is stopped at the reason. A shop user opening /ops/ is told it is not for their role.
 *
 * <p>Orders of earlier tests may be queued in front; each order of this test is moved to the very
 * front of the queue through the owning role (as if received long ago), so the operator's next call
 * is exactly it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpsConsoleIT {

  private static final String OPERATOR = "operator15";
  private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @RegisterExtension static final Browser browser = new Browser();

  @ArquillianResource URL url;
  Api api;
  Api shop;
  String ops;
  String sku;

  @BeforeEach
  void setUp() throws SQLException {
    api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    var created = aSku().priceMinor(12_500);
    assertEquals(201, shop.post("/api/v1/catalogue/skus", created.json()).status());
    sku = created.code();
    ops = api.base() + "/ops/";
    update("update cc_call_task set claimed_at = claimed_at - interval '1 day', claimed_until = claimed_at - interval '1 day' + interval '1 second'"
        + " where claimed_by = ? and state = 'OPEN'", OPERATOR);
  }

  @Test
  void anOperatorConfirmsWithAnEditAndTheSupervisorSeesItAndChangesTheScript() throws Exception {
    try (BrowserContext supContext = newContext(); BrowserContext opContext = newContext()) {
      Page sup = signIn(supContext, "supervisor", "supervisor-page");
      assertThat(sup.getByTestId("nav-call")).hasCount(0);
      int attemptsBefore = operatorAttempts(sup);

      // First call: a server field error at its line, then confirmed with qty 2 -> 1.
      String first = order();
      Page op = signIn(opContext, OPERATOR, "ops-console-page");
      op.keyboard().press("n");
      Locator call = op.getByTestId("call");
      assertThat(call).hasAttribute("data-order-id", first);
      assertThat(op.getByTestId("call-shop")).not().isEmpty();
      assertThat(op.getByTestId("call-script")).isVisible();
      assertThat(op.getByTestId("buyer-phone")).hasAttribute("href", "tel:+79161234567");
      assertThat(op.getByTestId("buyer-time")).not().isEmpty();
      assertThat(op.getByTestId("claim-countdown")).hasText(java.util.regex.Pattern.compile("^\\d+:\\d\\d$"));
      Locator line = op.locator("[data-testid=call-line][data-sku='" + sku + "']");
      assertThat(line.getByTestId("line-qty")).hasValue("2");
      // The SKU was just created: the warehouse has none of it, and the line is marked short.
      assertThat(line.getByTestId("line-stock")).hasText("0 short");

      op.getByTestId("line-add").click();
      Locator added = op.getByTestId("call-line").nth(1);
      added.getByTestId("line-sku").fill("NO-SUCH-SKU-" + UUID.randomUUID());
      op.getByTestId("outcome-CONFIRMED").click();
      assertThat(added.getByTestId("line-qty-error")).isVisible();
      assertThat(op.getByTestId("outcome-error")).isVisible();
      assertEquals("AWAITING_CONFIRMATION", shop.get("/api/v1/orders/" + first).json().getString("status"), "nothing stored on error");

      added.getByTestId("line-remove").click();
      line.getByTestId("line-qty").fill("1");
      op.getByTestId("outcome-CONFIRMED").click();
      assertThat(op.getByTestId("outcome-done")).isVisible();
      assertThat(op.getByTestId("next-call")).isVisible();
      JsonObject confirmed = shop.get("/api/v1/orders/" + first).json();
      // Confirmed, then allocated at once by the warehouse, which holds none of it: backordered.
      assertEquals("BACKORDERED", confirmed.getString("status"));
      assertEquals(1, confirmed.getJsonArray("lines").size());
      assertEquals(1, confirmed.getJsonArray("lines").getJsonObject(0).getInt("qty"));

      // Second call: unreachable.
      String second = order();
      op.getByTestId("next-call").click();
      assertThat(call).hasAttribute("data-order-id", second);
      op.getByTestId("outcome-UNREACHABLE").click();
      assertThat(op.getByTestId("outcome-done")).isVisible();
      String calls = api.asUser("supervisor").get("/api/v1/ops/callcentre/tenants/alfa/orders/" + second + "/calls").body();
      assertTrue(calls.contains("UNREACHABLE"), calls);

      // The supervisor's KPIs count both calls of the operator.
      assertEquals(attemptsBefore + 2, operatorAttempts(sup));

      // The supervisor audits the unreachable call: an out-of-range score is named at its input.
      sup.getByTestId("shop-id").fill("alfa");
      sup.getByTestId("shop-open").click();
      Locator attempt = sup.locator("[data-testid=attempt-row][data-order-id='" + second + "']");
      assertThat(attempt.locator("[data-col=outcome]")).hasText("UNREACHABLE");
      attempt.getByTestId("attempt-audit").click();
      Locator audit = sup.getByTestId("audit-form");
      for (String item : List.of("greeting", "introducedSelf", "verifiedBuyer", "confirmedItems", "confirmedTotal",
          "confirmedAddress", "confirmedDeliverySlot", "politeClosing")) {
        audit.getByTestId("audit-" + item).fill("5");
      }
      audit.getByTestId("audit-greeting").fill("9");
      audit.getByTestId("audit-save").click();
      assertThat(audit.getByTestId("audit-greeting-error")).isVisible();
      assertThat(audit.getByTestId("audit-error")).isVisible();
      audit.getByTestId("audit-greeting").fill("5");
      audit.getByTestId("audit-save").click();
      assertThat(audit.getByTestId("audit-saved")).containsText("40 of 100");

      // A new script, which the operator's next call shows.
      String nonce = Long.toString(System.nanoTime(), 36);
      sup.getByTestId("shop-id").fill("alfa");
      sup.getByTestId("shop-open").click();
      assertThat(sup.getByTestId("script-version")).not().isEmpty();
      sup.getByTestId("script-en").fill("");
      sup.getByTestId("script-save").click();
      assertThat(sup.getByTestId("script-en-error")).isVisible();
      sup.getByTestId("script-ru").fill("Здравствуйте! Скрипт " + nonce);
      sup.getByTestId("script-en").fill("Hello! Script " + nonce);
      sup.getByTestId("script-save").click();
      assertThat(sup.getByTestId("script-saved")).isVisible();

      String third = order();
      op.getByTestId("next-call").click();
      assertThat(call).hasAttribute("data-order-id", third);
      assertThat(op.getByTestId("call-script")).hasText("Hello! Script " + nonce);
      op.getByTestId("lang-ru").click();
      assertThat(op.getByTestId("call-script")).hasText("Здравствуйте! Скрипт " + nonce);
      op.getByTestId("lang-en").click();

      // A cancellation needs a reason, asked for at the reason's input before anything is sent.
      op.getByTestId("outcome-CANCELLED").click();
      assertThat(op.getByTestId("reason-error")).isVisible();
      op.getByTestId("reason").fill("found it cheaper");
      op.getByTestId("outcome-CANCELLED").click();
      assertThat(op.getByTestId("outcome-done")).isVisible();
      assertEquals("CANCELLED", shop.get("/api/v1/orders/" + third).json().getString("status"));

      // Call back: the picker is the buyer's wall clock, sent with the buyer zone's offset.
      String fourth = order();
      op.getByTestId("next-call").click();
      assertThat(call).hasAttribute("data-order-id", fourth);
      ZoneId buyerZone = ZoneId.of(shop.get("/api/v1/orders/" + fourth).json().getJsonObject("buyer").getString("timeZone"));
      java.time.LocalDateTime at = java.time.LocalDate.now(buyerZone).plusDays(1).atTime(10, 30);
      op.getByTestId("call-back-at").fill(at.toString());
      op.getByTestId("outcome-CALL_BACK").click();
      assertThat(op.getByTestId("outcome-done")).isVisible();
      String fourthCalls = api.asUser("supervisor").get("/api/v1/ops/callcentre/tenants/alfa/orders/" + fourth + "/calls").body();
      assertTrue(fourthCalls.contains(at.atZone(buyerZone).toInstant().toString()), fourthCalls);
    }
  }

  @Test
  void aShopUserIsToldTheConsoleIsNotForTheirRole() {
    try (BrowserContext context = newContext()) {
      Page page = signIn(context, "alfa-viewer", "ops-not-for-role");
      assertThat(page.getByTestId("next-call")).hasCount(0);
      assertThat(page.getByTestId("to-portal")).isVisible();
    }
  }

  private BrowserContext newContext() {
    return browser.context("en-US", 1280, 1000);
  }

  /** The operator's calls in today's KPIs (0 without a row), as the supervisor's page shows them. */
  private int operatorAttempts(Page sup) {
    // The page empties the tables before it asks again, so the visible table is this query's.
    sup.getByTestId("kpi-show").click();
    assertThat(sup.getByTestId("kpi-operators")).isVisible();
    Locator row = sup.locator("[data-testid=kpi-operator][data-operator='" + OPERATOR + "']");
    if (row.count() == 0) {
      return 0;
    }
    return Integer.parseInt(row.locator("[data-col=attempts]").innerText().trim());
  }

  /** An order of the shop for a buyer in a zone where it is early afternoon, put at the front of the call queue. */
  private String order() throws SQLException {
    String body = jakarta.json.Json.createObjectBuilder()
        .add("externalNumber", "OPS-" + UUID.randomUUID())
        .add("buyer", jakarta.json.Json.createObjectBuilder()
            .add("name", "Иван Петров").add("phone", "+79161234567").add("email", "ivan@example.ru")
            .add("address", jakarta.json.Json.createObjectBuilder()
                .add("country", "RU").add("region", "Московская обл.").add("city", "Химки")
                .add("street", "ул. Ленина, 1, кв. 5").add("postalCode", "141400"))
            .add("timeZone", zoneAtLocalHour(13).getId()))
        .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("sku", sku).add("qty", 2)))
        .add("deliveryFeeMinor", 30_000).add("paymentForm", "COD_CASH").add("deliveryMethod", "POST")
        .build().toString();
    Api.Reply r = shop.post("/api/v1/orders", body);
    assertEquals(201, r.status(), r.toString());
    String id = r.json().getString("id");
    Instant key = LONG_AGO.minusMillis(System.currentTimeMillis());
    update("update cc_call_task set priority_at = ?, available_at = least(available_at, now()) where order_id = ? and state = 'OPEN'",
        Timestamp.from(key), UUID.fromString(id));
    return id;
  }

  /** A zone where it is now about {@code hour} o'clock, inside every shop's calling window. */
  private static ZoneId zoneAtLocalHour(int hour) {
    int offset = hour - Instant.now().atZone(ZoneOffset.UTC).getHour();
    if (offset > 14) {
      offset -= 24;
    } else if (offset < -12) {
      offset += 24;
    }
    return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
  }

  private static void update(String sql, Object... params) throws SQLException {
    try (Connection c = Database.owner(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }

  /** Opens the console, which sends the browser to Keycloak's own login page, and signs in there. */
  private Page signIn(BrowserContext context, String username, String landing) {
    return Browser.signIn(context, ops, username, landing);
  }
}
