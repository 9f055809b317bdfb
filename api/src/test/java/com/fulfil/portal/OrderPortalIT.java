package com.fulfil.portal;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Browser;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.TestTenants;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * The shop's order pages in real headless Chromium, signed in through the real Keycloak login
 * page: a manager creates an order through the form (a refused submit first, its error at the
 * input the server named), finds it in the list with its stage count, follows its history and
 * cancels it; uploads a CSV with an error and then a good one; a cancel that comes too late is
 * explained; a viewer only reads; the other shop sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderPortalIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @RegisterExtension static final Browser browser = new Browser();

  @ArquillianResource URL url;
  Api api;
  String portal;

  @BeforeEach
  void shops() {
    api = Api.at(url);
    TestTenants.ensure(api);
    portal = api.base() + "/portal/";
  }

  @Test
  void aManagerCreatesAnOrderFindsItFollowsItsHistoryAndCancelsIt() {
    String tea = sku(129_900);
    String coffee = sku(50_000);
    String number = unique("UI-O");
    long confirmationBefore = confirmationCount();
    String orderId;
    try (BrowserContext alfa = browser.context("en-US")) {
      Page page = signIn(alfa, "alfa-manager");
      page.getByTestId("nav-order-new").click();
      assertThat(page.getByTestId("order-form")).isVisible();
      page.getByTestId("external-input").fill(number);
      page.getByTestId("buyer-name-input").fill("Ivan Petrov");
      page.getByTestId("buyer-phone-input").fill("8 (916) 123-45-67");
      assertThat(page.getByTestId("country-input")).hasValue("RU");
      page.getByTestId("region-input").fill("Московская обл.");
      page.getByTestId("city-input").fill("Химки");
      page.getByTestId("street-input").fill("ул. Ленина, 1, кв. 5");
      Locator rows = page.getByTestId("line-row");
      rows.nth(0).getByTestId("line-sku-input").fill(tea);
      rows.nth(0).getByTestId("line-qty-input").fill("2");
      page.getByTestId("line-add").click();
      assertThat(rows).hasCount(2);
      rows.nth(1).getByTestId("line-sku-input").fill(coffee);
      rows.nth(1).getByTestId("line-qty-input").fill("0"); // the server allows 1 to 10,000
      page.getByTestId("payment-form-input").selectOption("COD_CASH");
      page.getByTestId("delivery-method-input").selectOption("COURIER");
      page.getByTestId("fee-input").fill("300.00");
      page.getByTestId("order-create").click();

      // Refused: the server's lines[1].qty is shown at the second row's quantity, nothing stored.
      Locator qtyError = rows.nth(1).getByTestId("line-qty-input-error");
      assertThat(qtyError).isVisible();
      assertThat(qtyError).containsText("between 1 and");
      assertThat(rows.nth(1).getByTestId("line-qty-input")).hasAttribute("aria-invalid", "true");
      assertThat(rows.nth(0).getByTestId("line-qty-input-error")).isHidden();
      assertThat(page.getByTestId("order-form-error")).hasText("Check the marked fields.");
      assertEquals(0, ordersNumbered("alfa-manager", number).size(), "a refused order is not stored");

      rows.nth(1).getByTestId("line-qty-input").fill("1");
      page.getByTestId("order-create").click();

      // Created: the order's page, where it is, the money, and its history so far.
      assertThat(page.getByTestId("order-detail-page")).isVisible();
      assertThat(page.getByTestId("order-flash")).hasText("Order created.");
      assertThat(page.getByTestId("order-title")).hasText("Order " + number);
      assertThat(page.getByTestId("order-status")).hasAttribute("data-status", "AWAITING_CONFIRMATION");
      assertThat(page.getByTestId("order-status")).hasText("Awaiting confirmation call");
      assertThat(page.getByTestId("order-line")).hasCount(2);
      assertThat(page.getByTestId("order-goods-total")).containsText("3,098.00");
      assertThat(page.getByTestId("order-cod")).containsText("3,398.00");
      assertThat(page.getByTestId("buyer-phone")).hasText("+79161234567");
      assertThat(page.getByTestId("buyer-zone")).hasText("Europe/Moscow");
      Locator timeline = page.getByTestId("timeline-entry");
      assertThat(timeline).hasCount(2);
      assertThat(timeline.nth(0)).hasAttribute("data-to", "RECEIVED");
      assertThat(timeline.nth(0).locator("[data-col=actor]")).hasText("alfa-manager");
      assertThat(timeline.nth(0).locator("[data-col=reason]")).hasText("Received through the API");
      assertThat(timeline.nth(1).locator("[data-col=actor]")).hasText("Platform (automatic)");
      assertThat(timeline.nth(1)).hasAttribute("data-to", "AWAITING_CONFIRMATION");
      assertThat(timeline.nth(1).locator("[data-col=change]")).hasText("New → Awaiting confirmation call");
      assertThat(timeline.nth(1).locator("[data-col=at]")).hasText(Pattern.compile("\\d{2}/\\d{2}/\\d{4}, \\d{2}:\\d{2}"));
      orderId = page.getByTestId("order-id").textContent();
      assertEquals(orderId, ordersNumbered("alfa-manager", number).get(0).getString("id"));

      // The list: the order in its row, and the confirmation stage counts it.
      page.getByTestId("nav-orders").click();
      Locator row = page.locator("[data-testid=order-row][data-external='" + number + "']");
      assertThat(row).isVisible();
      assertThat(row.locator("[data-col=status]")).hasText("Awaiting confirmation call");
      assertThat(row.locator("[data-col=cod]")).hasText(Pattern.compile("RUB[\\s\\u00a0\\u202f]3,398\\.00"));
      assertThat(row.locator("[data-col=buyer]")).containsText("+79161234567");
      assertThat(page.locator("[data-testid=stage-tab][data-stage=confirmation] [data-testid=stage-count]"))
          .hasText(String.valueOf(confirmationBefore + 1));

      // Filters: received today in the shop's zone, this number; then a status it is not in.
      String today = LocalDate.now(ZoneId.of("Europe/Moscow")).toString();
      page.getByTestId("filter-from").fill(today);
      page.getByTestId("filter-to").fill(today);
      page.getByTestId("filter-external").fill(number);
      page.getByTestId("filter-apply").click();
      assertThat(page.getByTestId("order-row")).hasCount(1);
      assertThat(row).isVisible();
      page.getByTestId("filter-status").selectOption("CANCELLED");
      page.getByTestId("filter-apply").click();
      assertThat(page.getByTestId("orders-empty")).isVisible();
      assertThat(page.getByTestId("order-row")).hasCount(0);
      page.getByTestId("filter-reset").click();
      assertThat(row).isVisible();

      // A phone the server cannot read is named at the phone filter.
      page.getByTestId("filter-phone").fill("12");
      page.getByTestId("filter-apply").click();
      assertThat(page.getByTestId("filter-phone-error")).containsText("not a valid");
      assertThat(page.getByTestId("filter-phone")).hasAttribute("aria-invalid", "true");
      assertThat(page.getByTestId("orders-error")).hasText("Check the filters.");
      page.getByTestId("filter-reset").click();
      assertThat(row).isVisible();

      // Cancel: the reason is required; then the order is CANCELLED, with who and why in its history.
      row.getByTestId("order-link").click();
      assertThat(page.getByTestId("order-title")).hasText("Order " + number);
      page.getByTestId("cancel-open").click();
      page.getByTestId("cancel-submit").click();
      assertThat(page.getByTestId("cancel-reason-error")).hasText("Required.");
      page.getByTestId("cancel-reason").fill("The buyer ordered by mistake");
      page.getByTestId("cancel-submit").click();
      assertThat(page.getByTestId("order-flash")).hasText("The order is cancelled.");
      assertThat(page.getByTestId("order-status")).hasAttribute("data-status", "CANCELLED");
      assertThat(timeline).hasCount(3);
      Locator cancelled = timeline.nth(2);
      assertThat(cancelled).hasAttribute("data-to", "CANCELLED");
      assertThat(cancelled.locator("[data-col=change]")).hasText("Awaiting confirmation call → Cancelled");
      assertThat(cancelled.locator("[data-col=actor]")).hasText("alfa-manager");
      assertThat(cancelled.locator("[data-col=reason]")).hasText("The buyer ordered by mistake");
      assertThat(page.getByTestId("cancel-open")).hasCount(0);
      assertEquals("CANCELLED", api.asUser("alfa-manager").get("/api/v1/orders/" + orderId).json().getString("status"));

      // In Russian, the same page names the status in Russian.
      page.getByTestId("lang-ru").click();
      assertThat(page.getByTestId("order-status")).hasText("Отменён");
      assertThat(cancelled.locator("[data-col=change]")).hasText("Ждёт звонка для подтверждения → Отменён");
    }

    // The other shop: not in its list, not by its address.
    try (BrowserContext bravo = browser.context("en-US")) {
      Page page = signIn(bravo, "bravo-manager");
      page.getByTestId("nav-orders").click();
      assertThat(page.getByTestId("orders-page")).isVisible();
      assertThat(page.getByTestId("orders-count")).hasText(Pattern.compile("Shown: \\d+"));
      assertThat(page.locator("[data-testid=order-row][data-external='" + number + "']")).hasCount(0);
      page.getByTestId("filter-external").fill(number);
      page.getByTestId("filter-apply").click();
      assertThat(page.getByTestId("orders-empty")).isVisible();
      page.navigate(portal + "#/orders/" + orderId);
      assertThat(page.getByTestId("order-error")).isVisible();
      assertThat(page.getByTestId("order-title")).hasText("Could not load the order.");
      assertThat(page.getByTestId("order-line")).hasCount(0);
    }
  }

  @Test
  void aCsvWithAnErrorCreatesNothingAndAGoodOneCreatesTheOrders() {
    String tea = sku(129_900);
    String coffee = sku(45_050);
    String first = unique("CSV-A");
    String second = unique("CSV-B");
    String header = "external_number,buyer_name,phone,country,region,city,street,payment_form,delivery_method,sku,qty,unit_price\n";
    String bad = header
        + first + ",Иван Петров,8 (916) 123-45-67,RU,Московская обл.,Химки,\"ул. Ленина, 1\",COD_CASH,COURIER," + tea + ",2,\n"
        + second + ",Анна Смирнова,+375 29 123-45-67,BY,,Минск,\"пр. Независимости, 10\",PREPAID,POST," + coffee + ",много,\n";
    String good = header
        + first + ",Иван Петров,8 (916) 123-45-67,RU,Московская обл.,Химки,\"ул. Ленина, 1\",COD_CASH,COURIER," + tea + ",2,\n"
        + first + ",,,,,,,,," + coffee + ",1,400.00\n"
        + second + ",Анна Смирнова,+375 29 123-45-67,BY,,Минск,\"пр. Независимости, 10\",PREPAID,POST," + coffee + ",3,\n";
    try (BrowserContext alfa = browser.context("ru-RU")) {
      Page page = signIn(alfa, "alfa-manager");
      assertThat(page.locator("html")).hasAttribute("lang", "ru");
      page.getByTestId("nav-order-import").click();
      assertThat(page.getByTestId("order-import-header")).hasText(
          "external_number,buyer_name,phone,country,city,street,payment_form,delivery_method,sku,qty");
      assertThat(page.getByTestId("order-import-example")).hasAttribute("download", "orders-example.csv");

      page.getByTestId("order-import-file").setInputFiles(csv(bad));
      page.getByTestId("order-import-submit").click();
      Locator errors = page.getByTestId("order-import-errors");
      assertThat(errors).isVisible();
      assertThat(page.getByTestId("order-import-failure")).containsText("Ничего не импортировано");
      assertThat(errors.getByTestId("order-import-error-row")).hasCount(1);
      assertThat(errors.locator("[data-col=line]")).hasText("3");
      assertThat(errors.locator("[data-col=column]")).hasText("qty");
      assertEquals(0, ordersNumbered("alfa-manager", first).size(), "nothing of a refused file is stored");

      page.getByTestId("order-import-file").setInputFiles(csv(good));
      page.getByTestId("order-import-submit").click();
      assertThat(page.getByTestId("order-import-result")).hasText("Создано заказов: 2.");
      assertThat(errors).isHidden();
      assertThat(page.getByTestId("order-import-created-row")).hasCount(2);

      page.getByTestId("nav-orders").click();
      Locator firstRow = page.locator("[data-testid=order-row][data-external='" + first + "']");
      Locator secondRow = page.locator("[data-testid=order-row][data-external='" + second + "']");
      assertThat(firstRow).isVisible();
      assertThat(secondRow).isVisible();
      assertThat(firstRow.locator("[data-col=cod]")).hasText(Pattern.compile("2[\\s\\u00a0\\u202f]998,00[\\s\\u00a0\\u202f]₽"));
      assertThat(secondRow.locator("[data-col=cod]")).hasText("Предоплата");
      assertThat(secondRow.locator("[data-col=status]")).hasText("Ждёт звонка для подтверждения");

      // A cancel that comes too late: the order was cancelled elsewhere after the page showed it.
      secondRow.getByTestId("order-link").click();
      // Scoped to the order's page: until it replaces the list, the list's rows show statuses too.
      assertThat(page.getByTestId("order-detail-page").getByTestId("order-status"))
          .hasAttribute("data-status", "AWAITING_CONFIRMATION");
      String secondId = page.getByTestId("order-id").textContent();
      Api.Reply elsewhere = api.asUser("alfa-admin")
          .post("/api/v1/orders/" + secondId + "/cancellation", "{\"reason\":\"cancelled by phone\"}");
      assertEquals(200, elsewhere.status(), elsewhere.toString());
      page.getByTestId("cancel-open").click();
      page.getByTestId("cancel-reason").fill("Покупатель передумал");
      page.getByTestId("cancel-submit").click();
      assertThat(page.getByTestId("cancel-error")).isVisible();
      assertThat(page.getByTestId("cancel-error")).containsText("уже нельзя отменить");
      assertThat(page.getByTestId("cancel-error")).containsText("«Отменён»");
      assertThat(page.getByTestId("order-status")).hasAttribute("data-status", "CANCELLED");
      Locator last = page.getByTestId("timeline-entry").last();
      assertThat(last.locator("[data-col=actor]")).hasText("alfa-admin");
      assertThat(last.locator("[data-col=reason]")).hasText("cancelled by phone");
      assertThat(page.getByTestId("timeline-entry")).hasCount(3);
    }
  }

  @Test
  void aViewerPagesThroughOrdersButCannotCreateUploadOrCancel() {
    String sku = sku(10_000);
    String number = unique("API-O");
    String id = createOrderThroughApi(sku, number);
    // 51 newer orders push it off the first page (50).
    batchOfOrders(sku, 51);
    long total = api.asUser("alfa-viewer").get("/api/v1/orders/status-counts").json().getJsonNumber("total").longValue();
    try (BrowserContext alfa = browser.context("en-US")) {
      Page page = signIn(alfa, "alfa-viewer");
      assertThat(page.getByTestId("nav-orders")).isVisible();
      assertThat(page.getByTestId("nav-order-new")).hasCount(0);
      assertThat(page.getByTestId("nav-order-import")).hasCount(0);
      page.getByTestId("nav-orders").click();
      assertThat(page.locator("[data-testid=stage-tab][data-stage=all] [data-testid=stage-count]")).hasText(String.valueOf(total));
      assertThat(page.getByTestId("orders-count")).hasText("Shown: 50");
      assertThat(page.getByTestId("order-row")).hasCount(50);
      Locator row = page.locator("[data-testid=order-row][data-external='" + number + "']");
      assertThat(row).hasCount(0);
      page.getByTestId("orders-load-more").click();
      long shown = Math.min(total, 100);
      assertThat(page.getByTestId("orders-count")).hasText("Shown: " + shown);
      assertThat(page.getByTestId("order-row")).hasCount((int) shown);
      row.getByTestId("order-link").click();
      assertThat(page.getByTestId("order-title")).hasText("Order " + number);
      assertThat(page.getByTestId("timeline-entry")).hasCount(2);
      assertThat(page.getByTestId("cancel-open")).hasCount(0);
      page.navigate(portal + "#/orders/new");
      assertThat(page.getByTestId("page-forbidden")).isVisible();
      assertThat(page.getByTestId("order-form")).hasCount(0);
    }
    assertEquals("AWAITING_CONFIRMATION", api.asUser("alfa-viewer").get("/api/v1/orders/" + id).json().getString("status"));
  }

  /** A new SKU of alfa's catalogue with this price, through the API; its code. */
  private String sku(long priceMinor) {
    var sku = aSku().priceMinor(priceMinor);
    Api.Reply r = api.asUser("alfa-manager").post("/api/v1/catalogue/skus", sku.json());
    assertEquals(201, r.status(), r.toString());
    return sku.code();
  }

  private String createOrderThroughApi(String sku, String number) {
    JsonObject body = jakarta.json.Json.createObjectBuilder()
        .add("externalNumber", number)
        .add("buyer", jakarta.json.Json.createObjectBuilder()
            .add("name", "Olga Smirnova")
            .add("phone", "+7 912 000-11-22")
            .add("address", jakarta.json.Json.createObjectBuilder()
                .add("country", "RU").add("city", "Екатеринбург").add("street", "ул. Мира, 3")))
        .add("lines", jakarta.json.Json.createArrayBuilder()
            .add(jakarta.json.Json.createObjectBuilder().add("sku", sku).add("qty", 1)))
        .add("paymentForm", "PREPAID")
        .add("deliveryMethod", "POST")
        .build();
    Api.Reply r = api.asUser("alfa-manager").post("/api/v1/orders", body.toString());
    assertEquals(201, r.status(), r.toString());
    return r.json().getString("id");
  }

  /** Orders of one line each through the batch API, all taken. */
  private void batchOfOrders(String sku, int count) {
    var orders = jakarta.json.Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      orders.add(jakarta.json.Json.createObjectBuilder()
          .add("externalNumber", unique("BATCH"))
          .add("buyer", jakarta.json.Json.createObjectBuilder()
              .add("name", "Buyer " + i)
              .add("phone", "+7 912 000-11-" + String.format("%02d", i))
              .add("address", jakarta.json.Json.createObjectBuilder()
                  .add("country", "RU").add("city", "Казань").add("street", "ул. Баумана, " + (i + 1))))
          .add("lines", jakarta.json.Json.createArrayBuilder()
              .add(jakarta.json.Json.createObjectBuilder().add("sku", sku).add("qty", 1)))
          .add("paymentForm", "COD_CARD")
          .add("deliveryMethod", "COURIER"));
    }
    Api.Reply r = api.asUser("alfa-manager")
        .post("/api/v1/orders/batch", jakarta.json.Json.createObjectBuilder().add("orders", orders).build().toString());
    assertEquals(200, r.status(), r.toString());
    r.json().getJsonArray("results").getValuesAs(JsonObject.class)
        .forEach(result -> assertEquals("created", result.getString("status"), result.toString()));
  }

  /** The caller's orders with this external number, through the API. */
  private List<JsonObject> ordersNumbered(String user, String number) {
    Api.Reply r = api.asUser(user).get("/api/v1/orders?externalNumber=" + number);
    assertEquals(200, r.status(), r.toString());
    return r.items().getValuesAs(JsonObject.class);
  }

  /** How many of alfa's orders are at the confirmation stage, as the API counts them. */
  private long confirmationCount() {
    Api.Reply r = api.asUser("alfa-manager").get("/api/v1/orders/status-counts");
    assertEquals(200, r.status(), r.toString());
    JsonObject counts = r.json().getJsonObject("counts");
    long n = 0;
    for (String status : List.of("RECEIVED", "AWAITING_CONFIRMATION", "UNREACHABLE_HOLD")) {
      assertTrue(counts.containsKey(status), "every status is counted: " + counts);
      n += counts.getJsonNumber(status).longValue();
    }
    return n;
  }

  private static FilePayload csv(String text) {
    return new FilePayload("orders.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** Opens the portal, which sends the browser to Keycloak's own login page, and signs in there. */
  private Page signIn(BrowserContext context, String username) {
    return Browser.signIn(context, portal, username, "catalogue-page");
  }
}
