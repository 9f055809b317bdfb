package com.fulfil.portal;

import static com.fulfil.testing.Browser.scan;
import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.fulfilment.ConfirmationProbe;
import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.Outbound;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URL;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scanner's pick page at /scan/ in real headless Chromium, signed in through the real Keycloak
 * login page as a picker on a 360-px screen, driven only by the keyboard the way a hand scanner
 * types (the code, then Enter): take the list, scan a wrong bin (red banner, nothing moves), the
 * right bin, a wrong item, the right item, Enter for all units; second pick with a typed short
 * quantity; the list is done and the API shows the stock moved and the tote's contents.
 *
 * <p>Lists of earlier tests may wait in front; this test's list is moved to the front of the queue
 * through the owning role (as if released long ago), so the picker's next list is exactly it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PickScannerIT {

  private static final String PICKER = "picker40";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  static Playwright playwright;
  static Browser browser;

  @ArquillianResource URL url;

  @BeforeAll
  static void chromium() {
    playwright = Playwright.create();
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Paths.get(System.getProperty("fulfil.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic")));
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

  @Test
  void aPickerPicksADemoOrderWithTheScannerAloneAndWrongScansAreRefused() throws Exception {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    Api shop = api.asUser("alfa-manager");
    Api storekeeper = api.asUser("storekeeper");
    WarehouseLayout layout = WarehouseLayout.create(api, 3);
    String teaEan = randomEan13();
    String coffeeEan = randomEan13();
    SkuBuilder tea = aSku().withBarcode(teaEan);
    SkuBuilder coffee = aSku().withBarcode(coffeeEan);
    assertEquals(201, shop.post("/api/v1/catalogue/skus", tea.json()).status());
    assertEquals(201, shop.post("/api/v1/catalogue/skus", coffee.json()).status());
    Outbound.stock(api, "alfa", tea.code(), layout.bins().get(0), 5);
    Outbound.stock(api, "alfa", coffee.code(), layout.bins().get(2), 5);
    String order = Outbound.allocatedOrder(api, "alfa", Map.of(tea.code(), 2, coffee.code(), 3), "COURIER", "COD_CASH");
    Api.Reply wave = storekeeper.post("/api/v1/ops/picking/waves", Json.object("tenant", "alfa", "orderIds", List.of(order)));
    assertEquals(201, wave.status(), wave.toString());
    String tote = wave.json().getJsonArray("lists").getJsonObject(0).getString("tote");
    Outbound.toTheFrontOfTheQueue(wave.json().getJsonArray("lists").getJsonObject(0).getString("listId"));

    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(360, 640))) {
      Page page = signIn(context, api.base() + "/scan/");
      Locator banner = page.getByTestId("scan-banner");
      scan(page, "1"); // the menu: a picker has the pick page only
      assertThat(page.getByTestId("pick-start")).isVisible();
      scan(page, "");
      assertThat(page.getByTestId("pick-tote")).hasText(tote);
      Locator bin = page.getByTestId("pick-bin");
      Locator step = page.getByTestId("pick-step");
      assertThat(bin).hasAttribute("data-bin", layout.bins().get(0));
      assertThat(page.getByTestId("pick-what")).hasAttribute("data-sku", tea.code());

      scan(page, layout.bins().get(1));
      assertThat(banner).hasAttribute("data-result", "error");
      assertThat(banner).containsText(layout.bins().get(0));
      assertThat(step).hasAttribute("data-step", "BIN");

      scan(page, layout.bins().get(0));
      assertThat(banner).hasAttribute("data-result", "ok");
      assertThat(step).hasAttribute("data-step", "ITEM");
      scan(page, coffeeEan);
      assertThat(banner).hasAttribute("data-result", "error");
      assertThat(step).hasAttribute("data-step", "ITEM");
      scan(page, teaEan);
      assertThat(banner).hasAttribute("data-result", "ok");
      assertThat(step).hasAttribute("data-step", "QTY");
      scan(page, "");
      assertThat(page.getByTestId("pick-progress")).containsText("1 of 2");
      assertThat(bin).hasAttribute("data-bin", layout.bins().get(2));

      scan(page, layout.bins().get(2));
      assertThat(step).hasAttribute("data-step", "ITEM");
      scan(page, coffeeEan);
      assertThat(step).hasAttribute("data-step", "QTY");
      scan(page, "7");
      assertThat(banner).hasAttribute("data-result", "error");
      scan(page, "2");
      assertThat(page.getByTestId("pick-list-done")).isVisible();
      assertThat(banner).containsText(tote);
    }

    assertEquals(3, StockJournal.sum("alfa", tea.code()), "2 of 5 picked");
    assertEquals(3, StockJournal.sum("alfa", coffee.code()), "2 of 5 picked: a short pick of 3");
    Api.Reply inTote = api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote);
    assertEquals(200, inTote.status(), inTote.toString());
    Map<String, Integer> items = new LinkedHashMap<>();
    inTote.json().getJsonArray("items").forEach(i -> items.put(i.asJsonObject().getString("sku"), i.asJsonObject().getInt("qty")));
    assertEquals(Map.of(tea.code(), 2, coffee.code(), 2), items);
    String exceptions = storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa").body();
    assertEquals(true, exceptions.contains(order), "the short pick is the storekeeper's exception: " + exceptions);
    assertEquals(2, api.asUser("supervisor").get("/api/v1/ops/picking/pickers/performance?picker=" + PICKER).json()
        .getJsonArray("pickers").getJsonObject(0).getInt("wrongScans"),
        "the wrong bin and the wrong item were refused by the server; 7 of 3 was refused on the scanner itself");
  }

  private static Page signIn(BrowserContext context, String scan) {
    Page page = context.newPage();
    page.navigate(scan);
    page.waitForURL(u -> u.contains("/realms/fulfil/protocol/openid-connect/auth") || u.contains("/login-actions/"));
    page.locator("#username").fill(PICKER);
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
    page.waitForURL(u -> u.startsWith(scan));
    assertThat(page.getByTestId("scan-menu")).isVisible();
    return page;
  }
}
