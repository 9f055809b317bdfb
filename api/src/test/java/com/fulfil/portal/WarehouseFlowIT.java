package com.fulfil.portal;

import static com.fulfil.testing.Browser.scan;
import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.fulfilment.ConfirmationProbe;
import com.fulfil.testing.Api;
import com.fulfil.testing.Browser;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.Outbound;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An order of shop alfa from ALLOCATED to HANDED_TO_CARRIER through the scanner app alone, in real
 * headless Chromium on 360 × 640 screens, each role signed in through the real Keycloak login page
 * in a browser profile of its own and driven only as a keyboard-wedge scanner types (codes and
 * Enter, numbers, F-keys): the storekeeper releases the shop's wave on the wave page; a picker picks
 * the list into its tote; the packer scans the tote, scans a wrong item (EXTRA: red banner and the
 * error beep), takes it out in remove mode, scans every item, chooses a box too small for the typed
 * weight (refused on the scanner), scans a bigger box, types the weight and gets
 * the parcel number and its label; the dispatcher opens the carrier's manifest, is refused an
 * unknown parcel and a repeated one, takes the parcel off and on again, and closes the manifest with
 * a confirming second key. Then the API: the order is HANDED_TO_CARRIER and its timeline went
 * ALLOCATED → PICKING → PACKED → HANDED_TO_CARRIER by the storekeeper, the packer and the
 * dispatcher; the stock journal shows the picked units out of stock.
 *
 * <p>The wave page releases a whole shop's backlog. So that the wave holds exactly this order, the
 * shop's ALLOCATED orders left by earlier tests are released (through the API) before this order is
 * confirmed; its list is then moved to the front of the pickers' queue, as PickScannerIT does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarehouseFlowIT {

  /** Not picker40: PickScannerIT's. */
  private static final String PICKER = "picker41";

  @RegisterExtension static final Browser browser = new Browser();

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;

  @Test
  void anOrderGoesFromWaveToCarrierWithTheScannersAlone() throws Exception {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    Api shop = api.asUser("alfa-manager");
    Api storekeeper = api.asUser("storekeeper");
    WarehouseLayout layout = WarehouseLayout.create(api, 3);
    String teaEan = randomEan13();
    String coffeeEan = randomEan13();
    SkuBuilder tea = aSku().withBarcode(teaEan);
    SkuBuilder coffee = aSku().withBarcode(coffeeEan);
    String strangerEan = randomEan13();
    SkuBuilder stranger = aSku().withBarcode(strangerEan); // the shop's, but not in this order
    Map<String, String> eanOf = Map.of(tea.code(), teaEan, coffee.code(), coffeeEan);
    for (SkuBuilder sku : List.of(tea, coffee, stranger)) {
      assertEquals(201, shop.post("/api/v1/catalogue/skus", sku.json()).status());
    }
    Outbound.stock(api, "alfa", tea.code(), layout.bins().get(0), 5);
    Outbound.stock(api, "alfa", coffee.code(), layout.bins().get(2), 5);
    releaseTheShopsBacklog(storekeeper);
    String order = Outbound.allocatedOrder(api, "alfa", Map.of(tea.code(), 2, coffee.code(), 3), "COURIER", "COD_CASH");
    String scanUrl = api.base() + "/scan/";

    // Storekeeper: the wave page (4th in the menu, after receive, putaway, count) shows alfa's one
    // waiting order; a shop with nothing to release is refused by the server, naming the problem.
    String tote;
    String listId;
    try (BrowserContext context = browser.context("en-US", 360, 640)) {
      Page page = Browser.signIn(context, scanUrl, "storekeeper", "scan-menu");
      scan(page, "4");
      Locator alfa = page.locator("[data-testid=wave-shop][data-tenant=alfa]");
      assertThat(alfa).hasAttribute("data-allocated", "1");
      scan(page, "alfa");
      assertThat(banner(page)).hasAttribute("data-result", "ok");
      assertThat(page.getByTestId("wave-lists")).hasAttribute("data-lists", "1");
      Locator listed = page.getByTestId("wave-tote");
      assertThat(listed).hasCount(1);
      assertThat(listed).hasAttribute("data-order-id", order);
      tote = listed.getAttribute("data-tote");
      listId = listed.getAttribute("data-list-id");
      assertThat(page.getByTestId("wave-code")).hasAttribute("data-code", java.util.regex.Pattern.compile("^W-"));
      assertThat(alfa).hasCount(0);
      scan(page, "alfa");
      assertThat(banner(page)).hasAttribute("data-result", "error");
      assertThat(banner(page)).containsText("orderIds");
      assertEquals("error", page.evaluate("document.body.dataset.beep"));
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "nothing wider than the screen");
    }
    Outbound.toTheFrontOfTheQueue(listId);

    // Picker: Enter takes the list; each pick is its bin, its item, Enter for all units.
    try (BrowserContext context = browser.context("en-US", 360, 640)) {
      Page page = Browser.signIn(context, scanUrl, PICKER, "scan-menu");
      scan(page, "1");
      scan(page, "");
      assertThat(page.getByTestId("pick-tote")).hasText(tote);
      for (int i = 0; i < 2; i++) {
        String bin = page.getByTestId("pick-bin").getAttribute("data-bin");
        String sku = page.getByTestId("pick-what").getAttribute("data-sku");
        scan(page, bin);
        assertThat(page.getByTestId("pick-step")).hasAttribute("data-step", "ITEM");
        scan(page, eanOf.get(sku));
        assertThat(page.getByTestId("pick-step")).hasAttribute("data-step", "QTY");
        scan(page, "");
        assertThat(banner(page)).hasAttribute("data-result", "ok");
      }
      assertThat(page.getByTestId("pick-list-done")).isVisible();
    }

    // Packer: tote → checklist; a wrong item is EXTRA (red, error beep) until taken out with F2;
    // then every item, the box, the weight: the parcel number and its label.
    String parcelNumber;
    try (BrowserContext context = browser.context("en-US", 360, 640)) {
      Page page = Browser.signIn(context, scanUrl, "packer", "scan-menu");
      scan(page, "1");
      assertThat(page.getByTestId("pack-start")).isVisible();
      scan(page, tote);
      assertThat(banner(page)).hasAttribute("data-result", "ok");
      assertThat(page.getByTestId("pack-tote")).hasText(tote);
      assertThat(item(page, tea.code())).hasAttribute("data-expected", "2");
      assertThat(item(page, coffee.code())).hasAttribute("data-expected", "3");
      assertThat(page.getByTestId("pack-summary")).hasAttribute("data-missing", "5");

      scan(page, strangerEan);
      assertThat(banner(page)).hasAttribute("data-result", "error");
      assertThat(banner(page)).containsText(stranger.code());
      assertEquals("error", page.evaluate("document.body.dataset.beep"));
      assertThat(page.locator("[data-testid=pack-extra][data-barcode='" + strangerEan + "']")).isVisible();
      assertThat(page.getByTestId("pack-summary")).hasAttribute("data-extra", "1");
      page.keyboard().press("F2");
      assertThat(page.getByTestId("pack-remove")).hasAttribute("aria-pressed", "true");
      scan(page, strangerEan);
      assertThat(banner(page)).hasAttribute("data-result", "info");
      assertThat(page.getByTestId("pack-extra")).hasCount(0);
      assertThat(page.getByTestId("pack-summary")).hasAttribute("data-extra", "0");
      assertThat(page.getByTestId("pack-remove")).hasAttribute("aria-pressed", "false");

      for (int i = 0; i < 2; i++) {
        scan(page, teaEan);
        assertThat(banner(page)).hasAttribute("data-result", "ok");
      }
      assertThat(item(page, tea.code())).hasAttribute("data-scanned", "2");
      for (int i = 0; i < 3; i++) {
        scan(page, coffeeEan);
        assertThat(banner(page)).hasAttribute("data-result", "ok");
      }
      assertThat(page.getByTestId("pack-summary")).hasAttribute("data-complete", "true");
      assertThat(page.getByTestId("pack-parcel")).hasAttribute("data-step", "box");
      page.keyboard().press("F6"); // the first box's key: BOX-S, which takes up to 5000 g
      assertThat(page.getByTestId("pack-box")).hasAttribute("data-box", "BOX-S");
      scan(page, "6000");
      assertThat(banner(page)).hasAttribute("data-result", "error");
      assertThat(banner(page)).containsText("5000");
      scan(page, "BOX-M");
      assertThat(page.getByTestId("pack-box")).hasAttribute("data-box", "BOX-M");
      scan(page, "1250");
      assertThat(banner(page)).hasAttribute("data-result", "ok");
      Locator number = page.getByTestId("pack-parcel-number");
      assertThat(number).hasAttribute("data-status", "PACKED");
      parcelNumber = number.textContent().trim();
      assertTrue(parcelNumber.startsWith("PCL"), parcelNumber);
      Locator label = page.getByTestId("pack-label");
      assertThat(label).hasAttribute("data-number", parcelNumber);
      assertThat(page.getByTestId("pack-label-barcode")).hasAttribute("data-text", parcelNumber);
      assertTrue(page.locator("[data-testid=pack-label-barcode] rect").count() > 20, "the number is drawn as bars");
      assertThat(page.getByTestId("pack-label-recipient")).hasText("Иван Петров");
      assertThat(page.getByTestId("pack-label-address")).containsText("Ленина");
      assertThat(page.getByTestId("pack-label-method")).hasText("COURIER");
      assertThat(page.getByTestId("pack-label-cod")).not().hasAttribute("data-amount-minor", "0");
      assertThat(page.getByTestId("pack-print")).isVisible();
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "the label fits the screen");
    }

    // Dispatcher: F2 is COURIER's manifest (opened, or started when none is open); an unknown
    // parcel and a repeated one are refused; F2 takes the last one off; F4 then Enter closes.
    String manifest;
    try (BrowserContext context = browser.context("en-US", 360, 640)) {
      Page page = Browser.signIn(context, scanUrl, "dispatcher", "scan-menu");
      scan(page, "1");
      assertThat(page.getByTestId("handover-carrier-COURIER")).isVisible();
      page.keyboard().press("F2");
      assertThat(page.getByTestId("scan-busy")).isHidden();
      Locator open = page.getByTestId("handover-manifest-open");
      assertThat(open).hasAttribute("data-carrier", "COURIER");
      manifest = open.getAttribute("data-code");
      Locator count = page.getByTestId("handover-count");
      int before = Integer.parseInt(count.getAttribute("data-count"));

      scan(page, "PCL999999999");
      assertThat(banner(page)).hasAttribute("data-result", "error");
      assertThat(banner(page)).containsText("barcode");
      scan(page, parcelNumber);
      assertThat(banner(page)).hasAttribute("data-result", "ok");
      assertThat(count).hasAttribute("data-count", String.valueOf(before + 1));
      assertThat(page.locator("[data-testid=handover-parcel][data-number='" + parcelNumber + "']")).isVisible();
      assertThat(page.getByTestId("handover-cod")).not().hasAttribute("data-cod", "");
      scan(page, parcelNumber);
      assertThat(banner(page)).hasAttribute("data-result", "error");
      assertThat(banner(page)).containsText("already on this manifest");
      assertThat(count).hasAttribute("data-count", String.valueOf(before + 1));

      page.keyboard().press("F2");
      assertThat(page.getByTestId("scan-busy")).isHidden();
      assertThat(count).hasAttribute("data-count", String.valueOf(before));
      assertThat(page.locator("[data-testid=handover-parcel][data-number='" + parcelNumber + "']")).hasCount(0);
      scan(page, parcelNumber);
      assertThat(count).hasAttribute("data-count", String.valueOf(before + 1));

      page.keyboard().press("F4");
      assertThat(page.getByTestId("handover-confirm")).isVisible();
      assertThat(open).hasAttribute("data-status", "OPEN");
      scan(page, "");
      assertThat(banner(page)).hasAttribute("data-result", "ok");
      assertThat(banner(page)).containsText("Handed to carrier: " + (before + 1));
      assertThat(open).hasAttribute("data-status", "CLOSED");
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "nothing wider than the screen");
    }

    Api.Reply closed = api.asUser("dispatcher").get("/api/v1/ops/manifests/" + manifest);
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("CLOSED", closed.json().getString("status"));
    assertTrue(closed.json().getJsonArray("parcels").stream()
        .anyMatch(p -> parcelNumber.equals(p.asJsonObject().getString("number"))), closed.toString());

    Api.Reply after = shop.get("/api/v1/orders/" + order);
    assertEquals(200, after.status(), after.toString());
    assertEquals("HANDED_TO_CARRIER", after.json().getString("status"));
    Map<String, String> actorOf = new LinkedHashMap<>();
    List<String> path = new ArrayList<>();
    for (JsonValue v : shop.get("/api/v1/orders/" + order + "/timeline?limit=100").items()) {
      JsonObject e = v.asJsonObject();
      path.add(e.getString("to"));
      actorOf.put(e.getString("to"), e.getString("actor"));
    }
    assertEquals(List.of("ALLOCATED", "PICKING", "PACKED", "HANDED_TO_CARRIER"), path.subList(path.size() - 4, path.size()), path.toString());
    assertEquals("storekeeper", actorOf.get("PICKING"), "the wave was released by the storekeeper");
    assertEquals("packer", actorOf.get("PACKED"));
    assertEquals("dispatcher", actorOf.get("HANDED_TO_CARRIER"));

    assertEquals(3, StockJournal.sum("alfa", tea.code()), "2 of 5 picked out of stock");
    assertEquals(2, StockJournal.sum("alfa", coffee.code()), "3 of 5 picked out of stock");
    assertEquals(0, StockJournal.sum("alfa", stranger.code()), "the wrong item moved no stock");
  }

  private static Locator banner(Page page) {
    return page.getByTestId("scan-banner");
  }

  private static Locator item(Page page, String sku) {
    return page.locator("[data-testid=pack-item][data-sku='" + sku + "']");
  }

  /** Releases, through the API, the ALLOCATED orders of alfa that earlier tests left (none on a fresh database). */
  private static void releaseTheShopsBacklog(Api storekeeper) {
    for (int round = 0; round < 20; round++) {
      Api.Reply backlog = storekeeper.get("/api/v1/ops/picking/backlog");
      assertEquals(200, backlog.status(), backlog.toString());
      boolean waiting = jakarta.json.Json.createReader(new java.io.StringReader(backlog.body())).readArray().stream()
          .anyMatch(s -> "alfa".equals(s.asJsonObject().getString("tenant")) && s.asJsonObject().getInt("allocated") > 0);
      if (!waiting) {
        return;
      }
      Api.Reply wave = storekeeper.post("/api/v1/ops/picking/waves", Json.object("tenant", "alfa", "maxOrders", 200));
      assertEquals(201, wave.status(), wave.toString());
    }
    throw new AssertionError("alfa's backlog did not empty");
  }
}
