package com.fulfil.portal;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Paths;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scanner app at /scan/ in real headless Chromium on a 360-px screen, signed in through the
 * real Keycloak login page, driven only by the keyboard as a keyboard-wedge scanner types: codes
 * and Enter, numbers for quantities, F-keys for actions, Esc to go back. A storekeeper receives an
 * ASN (quantity, damaged, a misread, an unknown barcode recorded as a discrepancy), puts it away
 * into the suggested bin after a wrong bin is refused, then counts that bin blind; the supervisor's
 * approval adjusts the stock and the books agree. Every result shows a green or red banner and
 * beeps with its own tone; the scan input never loses the focus. A shop user is told the app is
 * not for them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScannerIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  static Playwright playwright;
  static Browser browser;

  @ArquillianResource URL url;
  Api api;
  Api shop;
  String scanUrl;
  String tea;
  String teaEan;

  @BeforeAll
  static void chromium() {
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("fulfil.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", "--autoplay-policy=no-user-gesture-required")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void setUp() {
    api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    teaEan = randomEan13();
    var teaSku = aSku().withBarcode(teaEan);
    assertEquals(201, shop.post("/api/v1/catalogue/skus", teaSku.json()).status());
    tea = teaSku.code();
    scanUrl = api.base() + "/scan/";
    // Fresh bins first on the walking path, so the suggestion is one of them.
    WarehouseLayout.create(api, 2, 0);
  }

  @Test
  void aStorekeeperReceivesPutsAwayAndCountsWithTheKeyboardOnly() throws Exception {
    String reference = "PO-SCAN-" + System.nanoTime();
    Api.Reply announced = shop.post("/api/v1/inbound-shipments", jakarta.json.Json.createObjectBuilder()
        .add("reference", reference)
        .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("sku", tea).add("qty", 5)))
        .build().toString());
    assertEquals(201, announced.status(), announced.toString());
    String asn = announced.json().getString("code");
    String asnId = announced.json().getString("id");

    try (BrowserContext context = newContext()) {
      Page page = signIn(context, "storekeeper");
      List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
      page.onRequest(request -> requested.add(request.url()));
      assertThat(page.getByTestId("scan-menu")).isVisible();
      assertThat(page.getByTestId("scan-input")).isFocused();
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "nothing wider than the screen");

      // RU/EN: the menu follows the language switch; the input keeps the focus after the click.
      page.getByTestId("lang-ru").click();
      assertThat(page.getByTestId("menu-receive")).containsText("Приёмка");
      page.getByTestId("lang-en").click();
      assertThat(page.getByTestId("menu-receive")).containsText("Receive");
      assertThat(page.getByTestId("scan-input")).isFocused();

      // Receive: "1" opens the first menu page; the ASN is chosen by its number in the open list.
      type(page, "1");
      assertThat(page.getByTestId("receive-list")).isVisible();
      Locator listed = page.locator("[data-testid=receive-item][data-code='" + asn + "']");
      assertThat(listed).isVisible();
      int position = ((Number) page.evaluate(
          "code => [...document.querySelectorAll('[data-testid=receive-item]')].findIndex(e => e.dataset.code === code) + 1", asn)).intValue();
      scan(page, String.valueOf(position), "ok");
      assertThat(page.getByTestId("receive-shipment")).containsText(reference);

      scan(page, "3", "info");
      assertThat(page.getByTestId("receive-qty")).hasText("Quantity: 3");
      scan(page, teaEan, "ok");
      assertThat(banner(page)).containsText("+3 " + tea + ": 3 of 5");
      assertThat(line(page, tea)).hasText("3/5");

      String misread = teaEan.substring(0, 12) + ((teaEan.charAt(12) - '0' + 1) % 10);
      scan(page, misread, "error");
      assertThat(banner(page)).containsText("check digit");

      String unknown = randomEan13();
      scan(page, "2", "info");
      scan(page, unknown, "error");
      assertThat(banner(page)).containsText("Unknown barcode " + unknown);
      key(page, "F3", "ok");
      assertThat(banner(page)).containsText("unknown barcode " + unknown + " × 2");

      page.keyboard().press("F2");
      assertThat(page.getByTestId("action-damaged")).hasAttribute("aria-pressed", "true");
      scan(page, teaEan, "ok");
      assertThat(banner(page)).containsText("damaged");
      assertThat(page.getByTestId("action-damaged")).hasAttribute("aria-pressed", "false");
      scan(page, teaEan, "ok");
      assertThat(line(page, tea)).hasText("4/5");
      key(page, "F4", "ok");
      assertThat(banner(page)).containsText("Receipt finished");

      JsonObject received = shop.get("/api/v1/inbound-shipments/" + asnId).json();
      assertEquals("RECEIVED", received.getString("status"));
      String kinds = received.getJsonArray("discrepancies").toString();
      assertTrue(kinds.contains("\"UNKNOWN_BARCODE\"") && kinds.contains(unknown) && kinds.contains("\"DAMAGED\""), kinds);

      // Back in the receive list: the received shipment is gone from it although its 4 units still
      // wait at the dock (the dock's list has it, for putaway); receiving it again would be a 409.
      Api.Reply other = shop.post("/api/v1/inbound-shipments", jakarta.json.Json.createObjectBuilder()
          .add("reference", reference + "-NEXT")
          .add("lines", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("sku", tea).add("qty", 1)))
          .build().toString());
      assertEquals(201, other.status(), other.toString());
      page.keyboard().press("Escape");
      assertThat(page.locator("[data-testid=receive-item][data-code='" + other.json().getString("code") + "']")).isVisible();
      assertThat(page.locator("[data-testid=receive-item][data-code='" + asn + "']")).hasCount(0);
      String dock = api.asUser("storekeeper").get("/api/v1/ops/inbound").body();
      assertTrue(dock.contains(asn), "the dock's list still has it: " + dock);

      // Putaway: Esc back to the menu, "2", scan the ASN, the item, a wrong bin, the suggested bin.
      page.keyboard().press("Escape");
      assertThat(page.getByTestId("scan-menu")).isVisible();
      type(page, "2");
      assertThat(page.locator("[data-testid=putaway-shipment][data-code='" + asn + "']")).isVisible();
      scan(page, asn, "ok");
      assertThat(page.locator("[data-testid=putaway-task][data-sku='" + tea + "']")).containsText("× 4");
      scan(page, teaEan, "ok");
      Locator suggested = page.getByTestId("putaway-suggested");
      assertThat(suggested).not().hasAttribute("data-bin", "");
      String bin = suggested.getAttribute("data-bin");
      scan(page, "NO-SUCH-BIN-" + System.nanoTime(), "error");
      assertThat(banner(page)).containsText("bin:");
      assertEquals(0, stock(tea).getInt("available"), "nothing moved on a wrong bin");
      scan(page, bin, "ok");
      assertThat(banner(page)).containsText("4 × " + tea + " in " + bin + ": available");
      assertThat(page.getByTestId("putaway-done")).isVisible();
      assertEquals(4, stock(tea).getInt("available"));

      // Count: the supervisor lists the bin; the storekeeper counts it blind and finds 3.
      Api supervisor = api.asUser("supervisor");
      Api.Reply created = supervisor.post("/api/v1/ops/counts", Json.object("tenant", "alfa", "bins", List.of(bin)));
      assertEquals(201, created.status(), created.toString());
      String count = created.json().getString("code");
      page.keyboard().press("Escape");
      page.keyboard().press("Escape");
      type(page, "3");
      assertThat(page.locator("[data-testid=count-item][data-code='" + count + "']")).isVisible();
      scan(page, count, "ok");
      assertThat(page.locator("[data-testid=count-bin][data-bin='" + bin + "']")).hasAttribute("data-counted", "false");
      scan(page, bin, "ok");
      assertThat(page.getByTestId("count-bin-open")).isVisible();
      scan(page, "(01)0" + teaEan, "ok"); // a GS1 element string: its GTIN is the item's EAN-13
      scan(page, "3", "info");
      assertThat(page.locator("[data-testid=count-tally-line][data-barcode='" + teaEan + "'] [data-testid=count-tally-qty]")).hasText("3");
      assertTrue(requested.stream().noneMatch(u -> u.contains("/variances")), "the counter's app never asks for the books: " + requested);
      assertTrue(page.getByTestId("count-page").locator("[data-testid=count-tally-qty]").allInnerTexts().equals(List.of("3")));
      key(page, "F4", "ok");
      assertThat(banner(page)).containsText("All bins counted");
      assertThat(page.getByTestId("scan-input")).isFocused();

      JsonObject report = supervisor.get("/api/v1/ops/counts/" + count + "/variances").json();
      assertEquals("AWAITING_APPROVAL", report.getString("status"));
      JsonObject counted = report.getJsonArray("lines").getJsonObject(0);
      assertEquals(4, counted.getInt("expected"));
      assertEquals(3, counted.getInt("counted"));
      assertEquals(200, supervisor.post("/api/v1/ops/counts/" + count + "/approval", Json.object("note", "one missing")).status());
      assertEquals(3, stock(tea).getInt("available"));
      assertEquals(4, StockJournal.sum("alfa", tea), "3 on the shelf + 1 damaged in quarantine, by the journal");
      assertTrue(api.asUser("storekeeper").get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"));
    }
  }

  @Test
  void aShopUserIsToldTheScannerIsNotForThem() {
    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      page.navigate(scanUrl);
      login(page, "alfa-manager");
      assertThat(page.getByTestId("scan-not-for-role")).isVisible();
    }
  }

  private static Locator banner(Page page) {
    return page.getByTestId("scan-banner");
  }

  private static Locator line(Page page, String sku) {
    return page.locator("[data-testid=receive-line][data-sku='" + sku + "'] [data-testid=receive-line-count]");
  }

  /** Types as a keyboard-wedge scanner does: the text, then Enter, into whatever has the focus. */
  private static void type(Page page, String text) {
    assertThat(page.getByTestId("scan-input")).isFocused();
    page.keyboard().type(text);
    page.keyboard().press("Enter");
  }

  /** A scan whose result must be signalled: a beep of the expected tone and the banner of its colour. */
  private static void scan(Page page, String text, String expected) {
    int before = beeps(page);
    type(page, text);
    awaitSignal(page, before, expected);
  }

  private static void key(Page page, String key, String expected) {
    int before = beeps(page);
    page.keyboard().press(key);
    awaitSignal(page, before, expected);
  }

  private static void awaitSignal(Page page, int before, String expected) {
    page.waitForFunction("n => Number(document.body.dataset.beeps || 0) > n", before);
    assertEquals(expected, page.evaluate("document.body.dataset.beep"), () -> "banner: " + banner(page).innerText());
    assertThat(banner(page)).hasAttribute("data-result", expected);
    assertThat(page.getByTestId("scan-input")).isFocused();
  }

  private static int beeps(Page page) {
    return ((Number) page.evaluate("Number(document.body.dataset.beeps || 0)")).intValue();
  }

  private JsonObject stock(String sku) {
    return shop.get("/api/v1/stock/" + sku).json();
  }

  private BrowserContext newContext() {
    return browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(360, 740));
  }

  private Page signIn(BrowserContext context, String username) {
    Page page = context.newPage();
    page.navigate(scanUrl);
    login(page, username);
    page.waitForURL(u -> u.startsWith(scanUrl));
    return page;
  }

  private static void login(Page page, String username) {
    page.waitForURL(u -> u.contains("/realms/fulfil/protocol/openid-connect/auth") || u.contains("/login-actions/"));
    page.locator("#username").fill(username);
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
  }
}
