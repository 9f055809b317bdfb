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
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
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
 * The storekeeper's short-picks page at /scan/#/shortpicks in real headless Chromium on a 360 × 640
 * screen, signed in through the real Keycloak login page and driven only as a keyboard-wedge scanner
 * types (numbers and Enter, F-keys, Esc). Two short picks of shop alfa are raised through the API by
 * a picker: tea, 1 of 3 found in bin 1 (bin 2 holds 5 more), and coffee, its only bin empty.
 *
 * <p>On the page: coffee's line is chosen by its number; F2 switches to the note and an empty note
 * is refused on the scanner (red banner, error beep); a typed note closes it (green). Tea's line is
 * chosen; F2 then Esc goes back to its details; F1 re-picks: the banner says the order goes back to
 * the pickers for 2 units. Then the API: both are resolved (CLOSE with the note, REPICK); the
 * picker's list of the tea order is open again and its current pick is the 2 missing units from bin
 * 2; once they are picked the tote holds all 3 and nothing is short.
 *
 * <p>Short picks of earlier tests may be open too; each line is found by its exception's id, and
 * its number read from the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShortPickScannerIT {

  /** Not used by any other test: its lists are exactly this test's. */
  private static final String PICKER = "picker42";

  private static final String EXCEPTIONS = "/api/v1/ops/picking/exceptions";

  @RegisterExtension static final Browser browser = new Browser();

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;

  @Test
  void theStorekeeperClosesOneShortPickWithANoteAndSendsTheOtherBackForARepickFromAnotherBin() throws Exception {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    Api shop = api.asUser("alfa-manager");
    Api storekeeper = api.asUser("storekeeper");
    Api picker = api.asUser(PICKER);
    WarehouseLayout layout = WarehouseLayout.create(api, 3);
    String bin1 = layout.bins().get(0);
    String bin2 = layout.bins().get(1);
    String teaEan = randomEan13();
    String coffeeEan = randomEan13();
    SkuBuilder tea = aSku().withBarcode(teaEan);
    SkuBuilder coffee = aSku().withBarcode(coffeeEan);
    for (SkuBuilder sku : List.of(tea, coffee)) {
      assertEquals(201, shop.post("/api/v1/catalogue/skus", sku.json()).status());
    }
    // First in, first out: the order's 3 teas are reserved in bin 1, stocked first; bin 2's 5 stay free.
    Outbound.stock(api, "alfa", tea.code(), bin1, 3);
    Outbound.stock(api, "alfa", tea.code(), bin2, 5);
    Outbound.stock(api, "alfa", coffee.code(), layout.bins().get(2), 1);
    String teaOrder = Outbound.allocatedOrder(api, "alfa", Map.of(tea.code(), 3), "COURIER", "COD_CASH");
    String coffeeOrder = Outbound.allocatedOrder(api, "alfa", Map.of(coffee.code(), 1), "POST", "COD_CASH");

    // The picker finds 1 tea of 3 in bin 1, and no coffee at all.
    String teaWave = wave(storekeeper, teaOrder);
    JsonObject list = ok(picker.post(Outbound.LISTS + "/next", Json.object("wave", teaWave)));
    String listId = list.getString("id");
    String tote = list.getString("tote");
    JsonObject pick = list.getJsonObject("current");
    assertEquals(bin1, pick.getString("bin"), "the 3 teas are reserved in the bin stocked first");
    assertEquals(3, pick.getInt("qty"));
    ok(picker.post(Outbound.LISTS + "/" + listId + "/bin-scans", Json.object("barcode", bin1)));
    ok(picker.post(Outbound.LISTS + "/" + listId + "/item-scans", Json.object("barcode", teaEan)));
    JsonObject shortList = ok(picker.post(Outbound.LISTS + "/" + listId + "/confirmations",
        Json.object("qty", 1, "reason", "only one on the shelf")));
    assertEquals("SHORT", shortList.getJsonArray("picks").getJsonObject(0).getString("status"));
    JsonObject coffeeList = ok(picker.post(Outbound.LISTS + "/next", Json.object("wave", wave(storekeeper, coffeeOrder))));
    String coffeeListId = coffeeList.getString("id");
    ok(picker.post(Outbound.LISTS + "/" + coffeeListId + "/bin-scans", Json.object("barcode", layout.bins().get(2))));
    ok(picker.post(Outbound.LISTS + "/" + coffeeListId + "/confirmations", Json.object("qty", 0)));
    String teaException = exceptionOf(storekeeper, teaOrder).getString("id");
    String coffeeException = exceptionOf(storekeeper, coffeeOrder).getString("id");

    String scanUrl = api.base() + "/scan/";
    try (BrowserContext context = browser.context("en-US", 360, 640)) {
      Page page = Browser.signIn(context, scanUrl, "storekeeper", "scan-menu");
      assertThat(page.getByTestId("menu-shortpicks")).isVisible();
      page.navigate(scanUrl + "#/shortpicks");
      assertThat(page.getByTestId("shortpicks-list")).isVisible();
      Locator banner = page.getByTestId("scan-banner");
      Locator input = page.getByTestId("scan-input");
      Locator chosen = page.getByTestId("shortpick-chosen");
      Locator teaLine = line(page, teaException);
      Locator coffeeLine = line(page, coffeeException);
      assertThat(teaLine).hasAttribute("data-tenant", "alfa");
      assertThat(teaLine).hasAttribute("data-order-id", teaOrder);
      assertThat(teaLine).hasAttribute("data-tote", tote);
      assertThat(teaLine).hasAttribute("data-sku", tea.code());
      assertThat(teaLine).hasAttribute("data-bin", bin1);
      assertThat(teaLine).containsText("Wanted 3, found 1");
      assertThat(teaLine).containsText("only one on the shelf");
      assertThat(coffeeLine).containsText("Wanted 1, found 0");
      assertTrue(Integer.parseInt(coffeeLine.getAttribute("data-line")) > Integer.parseInt(teaLine.getAttribute("data-line")),
          "oldest first");
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "nothing wider than the screen");

      // Coffee: chosen by its number; F2 asks for the note; an empty one is refused here; a typed one closes it.
      scan(page, coffeeLine.getAttribute("data-line"));
      assertThat(chosen).hasAttribute("data-id", coffeeException);
      assertThat(chosen).hasAttribute("data-step", "chosen");
      key(page, "F2");
      assertThat(chosen).hasAttribute("data-step", "note");
      assertThat(page.getByTestId("shortpick-note-mode")).isVisible();
      assertThat(input).hasAttribute("placeholder", "Type the note, then Enter");
      scan(page, "");
      assertThat(banner).hasAttribute("data-result", "error");
      assertThat(banner).containsText("Type a note first");
      assertEquals("error", page.evaluate("document.body.dataset.beep"));
      assertThat(chosen).hasAttribute("data-step", "note");
      scan(page, "Bin counted: empty, stock adjusted");
      assertThat(banner).hasAttribute("data-result", "ok");
      assertThat(banner).containsText("closed");
      assertEquals("ok", page.evaluate("document.body.dataset.beep"));
      assertThat(page.getByTestId("shortpicks-list")).isVisible();
      assertThat(coffeeLine).hasCount(0);

      // Tea: chosen by its number; F2 then Esc is back on its details; F1 sends it back to the pickers.
      scan(page, teaLine.getAttribute("data-line"));
      assertThat(chosen).hasAttribute("data-id", teaException);
      assertThat(page.getByTestId("shortpick-missing")).hasAttribute("data-units", "2");
      key(page, "F2");
      assertThat(chosen).hasAttribute("data-step", "note");
      page.keyboard().press("Escape");
      assertThat(chosen).hasAttribute("data-step", "chosen");
      key(page, "F1");
      assertThat(banner).hasAttribute("data-result", "ok");
      assertThat(banner).containsText("goes back to the pickers for 2 unit(s)");
      assertThat(page.getByTestId("shortpicks-page")).isVisible();
      assertThat(teaLine).hasCount(0);
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "nothing wider than the screen");
    }

    JsonObject closed = exceptionOf(storekeeper, coffeeOrder);
    assertEquals("CLOSE", closed.getString("action"), closed.toString());
    assertEquals("Bin counted: empty, stock adjusted", closed.getString("resolution"));
    assertEquals("storekeeper", closed.getString("resolvedBy"));
    JsonObject repicked = exceptionOf(storekeeper, teaOrder);
    assertEquals("REPICK", repicked.getString("action"), repicked.toString());
    assertEquals("storekeeper", repicked.getString("resolvedBy"));

    // The tea order's list is back with the pickers: its pick now is the 2 missing teas from bin 2.
    JsonObject again = ok(picker.post(Outbound.LISTS + "/next", Json.object("wave", teaWave)));
    assertEquals(listId, again.getString("id"), again.toString());
    JsonObject repick = again.getJsonObject("current");
    assertEquals(bin2, repick.getString("bin"), repick.toString());
    assertEquals(tea.code(), repick.getString("sku"));
    assertEquals(2, repick.getInt("qty"));
    ok(picker.post(Outbound.LISTS + "/" + listId + "/bin-scans", Json.object("barcode", bin2)));
    ok(picker.post(Outbound.LISTS + "/" + listId + "/item-scans", Json.object("barcode", teaEan)));
    JsonObject done = ok(picker.post(Outbound.LISTS + "/" + listId + "/confirmations", Json.object("qty", 2)));
    assertEquals("PICKED", done.getString("status"), done.toString());

    Api.Reply inTote = api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote);
    assertEquals(200, inTote.status(), inTote.toString());
    assertEquals(0, inTote.json().getInt("unitsShort"), inTote.toString());
    assertEquals(0, inTote.json().getInt("openShortPicks"), inTote.toString());
    Map<String, Integer> items = new LinkedHashMap<>();
    inTote.json().getJsonArray("items").forEach(i -> items.merge(i.asJsonObject().getString("sku"), i.asJsonObject().getInt("qty"), Integer::sum));
    assertEquals(Map.of(tea.code(), 3), items);
  }

  /** The order released in a wave of its own; the wave's id. */
  private static String wave(Api storekeeper, String order) {
    Api.Reply wave = storekeeper.post("/api/v1/ops/picking/waves", Json.object("tenant", "alfa", "orderIds", List.of(order)));
    assertEquals(201, wave.status(), wave.toString());
    return wave.json().getString("id");
  }

  /** The order's short pick, open or resolved. */
  private static JsonObject exceptionOf(Api storekeeper, String order) {
    Api.Reply r = storekeeper.get(EXCEPTIONS + "?tenant=alfa&all=true");
    assertEquals(200, r.status(), r.toString());
    return jakarta.json.Json.createReader(new StringReader(r.body())).readArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> order.equals(e.getString("orderId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no short pick of " + order + ": " + r));
  }

  private static Locator line(Page page, String exception) {
    return page.locator("[data-testid=shortpick][data-id='" + exception + "']");
  }

  /** An action's F-key; its call (if any) has answered when the busy line is gone. */
  private static void key(Page page, String key) {
    page.keyboard().press(key);
    assertThat(page.getByTestId("scan-busy")).isHidden();
  }

  private static JsonObject ok(Api.Reply r) {
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }
}
