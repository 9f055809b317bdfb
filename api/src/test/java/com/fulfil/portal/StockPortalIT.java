package com.fulfil.portal;

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
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The shop's stock and inbound pages in real headless Chromium, signed in through the real
 * Keycloak login page: a manager announces an inbound shipment through the form (a refused submit
 * first: the server's lines[1].lot and lines[1].expiry at the second row's inputs, nothing stored);
 * the storekeeper receives it through the staff API with a damaged unit, a short one and an
 * unknown barcode and puts it away; the shop sees the discrepancies on the shipment, then the stock
 * available with its lots and the journal that adds up to it; a viewer reads the stock with the
 * reservations its reserved figure sums (to the order) and the shipments, but cannot announce; the
 * other shop sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockPortalIT {

  private static final String ASNS = "/api/v1/inbound-shipments";

  @RegisterExtension static final Browser browser = new Browser();

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;
  Api shop;
  Api storekeeper;
  WarehouseLayout layout;
  String portal;
  String tea;
  String teaEan;
  String milk;
  String milkEan;

  @BeforeEach
  void setUp() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    storekeeper = api.asUser("storekeeper");
    layout = WarehouseLayout.create(api, 2);
    portal = api.base() + "/portal/";
    teaEan = randomEan13();
    var teaSku = aSku().withBarcode(teaEan);
    assertEquals(201, shop.post("/api/v1/catalogue/skus", teaSku.json()).status());
    tea = teaSku.code();
    milkEan = randomEan13();
    var milkSku = aSku().withBarcode(milkEan).expiryTracked();
    assertEquals(201, shop.post("/api/v1/catalogue/skus", milkSku.json()).status());
    milk = milkSku.code();
  }

  @Test
  void aManagerAnnouncesAShipmentSeesWhatTheDockCountedAndTheStockItMade() {
    String reference = "PO-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String expectedOn = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(3).toString();
    String unknown = randomEan13();
    String id;
    try (BrowserContext alfa = browser.context("en-US")) {
      Page page = signIn(alfa, "alfa-manager");
      page.getByTestId("nav-inbound-new").click();
      assertThat(page.getByTestId("inbound-form")).isVisible();
      page.getByTestId("reference-input").fill(reference);
      page.getByTestId("expected-on-input").fill(expectedOn);
      Locator rows = page.getByTestId("inbound-line-row");
      rows.nth(0).getByTestId("inbound-sku-input").fill(tea);
      rows.nth(0).getByTestId("inbound-qty-input").fill("10");
      page.getByTestId("inbound-line-add").click();
      assertThat(rows).hasCount(2);
      rows.nth(1).getByTestId("inbound-sku-input").fill(milk);
      rows.nth(1).getByTestId("inbound-qty-input").fill("5"); // milk tracks lots: lot and expiry are missing
      assertThat(rows.nth(1).getByTestId("inbound-sku-hint")).hasAttribute("data-tracked", "true");
      assertThat(rows.nth(0).getByTestId("inbound-sku-hint")).hasAttribute("data-tracked", "false");
      page.getByTestId("inbound-create").click();

      // Refused: the server's lines[1].lot and lines[1].expiry at the second row, nothing stored.
      Locator lotError = rows.nth(1).getByTestId("inbound-lot-input-error");
      assertThat(lotError).isVisible();
      assertThat(lotError).containsText("tracks lots");
      assertThat(rows.nth(1).getByTestId("inbound-expiry-input-error")).containsText("tracks expiry");
      assertThat(rows.nth(1).getByTestId("inbound-lot-input")).hasAttribute("aria-invalid", "true");
      assertThat(rows.nth(0).getByTestId("inbound-lot-input-error")).isHidden();
      assertThat(page.getByTestId("inbound-form-error")).hasText("Check the marked fields.");
      assertEquals(0, shipmentsWithReference(shop, reference), "a refused announcement is not stored");

      rows.nth(1).getByTestId("inbound-lot-input").fill("L-UI1");
      rows.nth(1).getByTestId("inbound-expiry-input").fill("2027-01-31");
      page.getByTestId("inbound-create").click();

      assertThat(page.getByTestId("inbound-detail-page")).isVisible();
      assertThat(page.getByTestId("inbound-flash")).containsText("Inbound shipment announced");
      assertThat(page.getByTestId("inbound-status")).hasAttribute("data-status", "ANNOUNCED");
      assertThat(page.getByTestId("inbound-reference")).hasText(reference);
      assertThat(page.getByTestId("inbound-line")).hasCount(2);
      assertThat(page.getByTestId("discrepancies-none")).isVisible();
      String code = page.getByTestId("inbound-code").innerText().trim();
      assertTrue(code.startsWith("ASN.alfa."), code);
      id = page.url().substring(page.url().lastIndexOf('/') + 1);
      assertEquals(1, shipmentsWithReference(shop, reference), "announced once");

      // The dock, through the staff API: 8 good and 1 damaged of 10 tea, the 5 milk, 2 items with
      // a barcode no SKU has; the receipt is closed (1 tea short) and everything good put away.
      String dock = "/api/v1/ops/inbound/" + code;
      assertEquals(200, storekeeper.post(dock + "/scans", Json.object("barcode", teaEan, "qty", 8)).status());
      assertEquals(200, storekeeper.post(dock + "/scans", Json.object("barcode", teaEan, "damaged", true)).status());
      assertEquals(200, storekeeper.post(dock + "/scans", Json.object("barcode", milkEan, "qty", 5)).status());
      assertEquals(201, storekeeper.post(dock + "/unknown-barcodes", Json.object("barcode", unknown, "qty", 2, "note", "no label")).status());
      assertEquals(200, storekeeper.post(dock + "/closure", "").status());
      Api.Reply teaPut = storekeeper.post(dock + "/putaways", Json.object("barcode", teaEan, "bin", layout.bins().get(0), "qty", 8));
      assertEquals(200, teaPut.status(), teaPut.toString());
      Api.Reply milkPut = storekeeper.post(dock + "/putaways", Json.object("barcode", milkEan, "bin", layout.bins().get(1), "qty", 5));
      assertEquals(200, milkPut.status(), milkPut.toString());

      page.getByTestId("inbound-refresh").click();
      assertThat(page.getByTestId("inbound-status")).hasAttribute("data-status", "RECEIVED");
      Locator teaLine = page.locator("[data-testid=inbound-line][data-sku='" + tea + "']");
      assertThat(teaLine).hasAttribute("data-state", "short");
      assertThat(teaLine.locator("[data-col=expected]")).hasText("10");
      assertThat(teaLine.locator("[data-col=received]")).hasText("8");
      assertThat(teaLine.locator("[data-col=damaged]")).hasText("1");
      assertThat(teaLine.locator("[data-col=difference]")).hasText("\u22121");
      assertThat(teaLine.locator("[data-col=putAway]")).hasText("8");
      Locator milkLine = page.locator("[data-testid=inbound-line][data-sku='" + milk + "']");
      assertThat(milkLine).hasAttribute("data-state", "complete");
      assertThat(milkLine.locator("[data-col=lot]")).hasText("L-UI1");
      Locator discrepancies = page.getByTestId("discrepancy");
      assertThat(discrepancies).hasCount(3);
      Locator damaged = page.locator("[data-testid=discrepancy][data-kind=DAMAGED]");
      assertThat(damaged).hasAttribute("data-sku", tea);
      assertThat(damaged.locator("[data-col=qty]")).hasText("1");
      Locator shortOne = page.locator("[data-testid=discrepancy][data-kind=SHORT]");
      assertThat(shortOne).hasAttribute("data-sku", tea);
      assertThat(shortOne.locator("[data-col=qty]")).hasText("1");
      Locator unknownOne = page.locator("[data-testid=discrepancy][data-kind=UNKNOWN_BARCODE]");
      assertThat(unknownOne).hasAttribute("data-barcode", unknown);
      assertThat(unknownOne.locator("[data-col=qty]")).hasText("2");
      assertThat(unknownOne.locator("[data-col=note]")).hasText("no label");
      assertThat(page.getByTestId("inbound-cancel")).hasCount(0);

      // From the line to the SKU's stock: available, with the journal that adds up to on hand.
      teaLine.getByTestId("inbound-line-stock").click();
      assertThat(page.getByTestId("stock-page")).isVisible();
      assertThat(page.getByTestId("stock-search")).hasValue(tea);
      Locator teaRow = page.locator("[data-testid=stock-row][data-sku='" + tea + "']");
      assertThat(page.getByTestId("stock-row")).hasCount(1);
      assertThat(teaRow.locator("[data-col=onHand]")).hasText("9");
      assertThat(teaRow.locator("[data-col=blocked]")).hasText("1");
      assertThat(teaRow.locator("[data-col=awaitingPutaway]")).hasText("0");
      assertThat(teaRow.locator("[data-col=reserved]")).hasText("0");
      assertThat(teaRow.locator("[data-col=available]")).hasText("8");
      assertThat(teaRow.locator("[data-col=inbound]")).hasText("0");
      teaRow.getByTestId("stock-open").click();
      Locator detail = page.locator("[data-testid=stock-detail][data-sku='" + tea + "']");
      Locator movements = detail.getByTestId("movement-row");
      assertThat(movements).hasCount(3);
      Locator newest = movements.nth(0);
      assertThat(newest).hasAttribute("data-reason", "PUTAWAY");
      assertThat(newest.locator("[data-col=actor]")).hasText("storekeeper");
      assertThat(newest.locator("[data-col=from]")).hasText("DOCK-1");
      assertThat(newest.locator("[data-col=to]")).hasText(layout.bins().get(0));
      assertThat(newest.locator("[data-col=qty]")).hasText("8");
      assertThat(newest.locator("[data-col=balance]")).hasText("9");
      assertThat(newest.getByTestId("movement-asn")).hasAttribute("href", "#/inbound/" + id);
      assertThat(detail.locator("[data-testid=movement-row][data-reason=RECEIPT]")).hasCount(2);
      assertThat(detail.getByTestId("journal-check")).hasAttribute("data-agrees", "true");
      assertThat(detail.getByTestId("journal-check")).containsText("9");

      // The tracked SKU by barcode: its lot with its expiry.
      page.getByTestId("stock-search").fill(milkEan);
      page.getByTestId("stock-search").press("Enter");
      Locator milkRow = page.locator("[data-testid=stock-row][data-sku='" + milk + "']");
      assertThat(page.getByTestId("stock-row")).hasCount(1);
      assertThat(milkRow.locator("[data-col=available]")).hasText("5");
      milkRow.getByTestId("stock-open").click();
      Locator lot = page.locator("[data-testid=stock-detail][data-sku='" + milk + "'] [data-testid=lot-row]");
      assertThat(lot).hasCount(1);
      assertThat(lot).hasAttribute("data-lot", "L-UI1");
      assertThat(lot.locator("[data-col=expiry]")).containsText("2027");
      assertThat(lot.locator("[data-col=available]")).hasText("5");

      page.getByTestId("lang-ru").click();
      assertThat(page.locator("[data-testid=stock-table] th[data-col=available]")).hasText("Доступно");
      page.getByTestId("nav-inbound").click();
      assertThat(page.locator("[data-testid=inbound-row][data-id='" + id + "'] [data-testid=inbound-status]")).hasText("Принята");
    }

    try (BrowserContext bravo = browser.context("en-US")) {
      Page page = signIn(bravo, "bravo-manager");
      page.getByTestId("nav-inbound").click();
      assertThat(page.getByTestId("inbound-count")).containsText("Shown");
      assertThat(page.locator("[data-testid=inbound-row][data-id='" + id + "']")).hasCount(0);
      page.navigate(portal + "#/inbound/" + id);
      assertThat(page.getByTestId("inbound-error")).isVisible();
      assertThat(page.getByTestId("inbound-line")).hasCount(0);
      page.navigate(portal + "#/stock?q=" + tea);
      assertThat(page.getByTestId("stock-empty")).isVisible();
      assertThat(page.getByTestId("stock-row")).hasCount(0);
      page.getByTestId("stock-search").fill(teaEan);
      page.getByTestId("stock-search").press("Enter");
      assertThat(page.getByTestId("stock-empty")).isVisible();
      assertEquals(0, shipmentsWithReference(Api.at(url).asUser("bravo-manager"), reference));
    }
  }

  @Test
  void aViewerReadsStockWithItsReservationsAndShipmentsButCannotAnnounce() {
    Api.Reply counted = storekeeper.post("/api/v1/ops/stock/adjustments", Json.object(
        "tenant", "alfa", "sku", tea, "bin", layout.bins().get(0), "qty", 3, "reason", "opening count"));
    assertEquals(201, counted.status(), counted.toString());
    String order = confirmedOrderOf(tea, 1);
    String reference = "PO-UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Api.Reply announced = shop.post(ASNS, "{\"reference\":\"" + reference + "\",\"lines\":[{\"sku\":\"" + tea + "\",\"qty\":4}]}");
    assertEquals(201, announced.status(), announced.toString());
    String id = announced.json().getString("id");
    try (BrowserContext alfa = browser.context("en-US")) {
      Page page = signIn(alfa, "alfa-viewer");
      assertThat(page.getByTestId("nav-inbound-new")).hasCount(0);
      page.getByTestId("nav-inbound").click();
      Locator row = page.locator("[data-testid=inbound-row][data-id='" + id + "']");
      assertThat(row).hasAttribute("data-reference", reference);
      assertThat(row.getByTestId("inbound-status")).hasAttribute("data-status", "ANNOUNCED");
      assertThat(page.getByTestId("inbound-new")).hasCount(0);
      row.getByTestId("inbound-link").click();
      assertThat(page.getByTestId("inbound-status")).hasAttribute("data-status", "ANNOUNCED");
      assertThat(page.getByTestId("inbound-line")).hasAttribute("data-state", "awaiting");
      assertThat(page.getByTestId("inbound-cancel")).hasCount(0);

      page.getByTestId("nav-stock").click();
      page.getByTestId("stock-search").fill(tea);
      page.getByTestId("stock-search").press("Enter");
      Locator stock = page.locator("[data-testid=stock-row][data-sku='" + tea + "']");
      assertThat(stock.locator("[data-col=onHand]")).hasText("3");
      assertThat(stock.locator("[data-col=reserved]")).hasText("1");
      assertThat(stock.locator("[data-col=available]")).hasText("2");
      assertThat(stock.locator("[data-col=inbound]")).hasText("4");
      stock.getByTestId("stock-open").click();
      Locator reservation = page.getByTestId("reservation-row");
      assertThat(reservation).hasCount(1);
      assertThat(reservation).hasAttribute("data-order-id", order);
      assertThat(reservation.locator("[data-col=bin]")).hasText(layout.bins().get(0));
      assertThat(reservation.locator("[data-col=qty]")).hasText("1");
      assertThat(page.getByTestId("reservations-check")).hasAttribute("data-agrees", "true");
      Locator movement = page.getByTestId("movement-row");
      assertThat(movement).hasCount(1);
      assertThat(movement).hasAttribute("data-reason", "ADJUSTMENT");
      assertThat(movement.locator("[data-col=note]")).hasText("opening count");
      assertThat(movement.locator("[data-col=from]")).hasText("outside");
      assertThat(movement.locator("[data-col=change]")).hasText("+3");
      assertThat(page.getByTestId("journal-check")).hasAttribute("data-agrees", "true");
      reservation.getByTestId("reservation-order").click();
      assertThat(page.getByTestId("order-detail-page")).isVisible();
      assertThat(page.getByTestId("order-status")).hasAttribute("data-status", "ALLOCATED");

      page.navigate(portal + "#/inbound/new");
      assertThat(page.getByTestId("page-forbidden")).isVisible();
      assertThat(page.getByTestId("inbound-form")).hasCount(0);
    }
    assertEquals(1, shipmentsWithReference(shop, reference));
  }

  /** An order of the shop, confirmed as the call-centre does, so that the warehouse reserves its stock. */
  private String confirmedOrderOf(String sku, int qty) {
    String body = Json.builder("paymentForm", "COD_CASH", "deliveryMethod", "COURIER")
        .add("buyer", Json.builder("name", "Иван Петров", "phone", "+79161234567")
            .add("address", Json.builder("country", "RU", "region", "Москва", "city", "Москва", "street", "ул. Ленина, 1")))
        .add("lines", jakarta.json.Json.createArrayBuilder().add(Json.builder("sku", sku, "qty", qty)))
        .build().toString();
    Api.Reply created = shop.post("/api/v1/orders", body);
    assertEquals(201, created.status(), created.toString());
    String order = created.json().getString("id");
    Api.Reply confirmed = Api.at(url).asUser("operator").post("/api/test/orders/alfa/" + order + "/confirmation", "");
    assertEquals(204, confirmed.status(), confirmed.toString());
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + order).json().getString("status"));
    return order;
  }

  private int shipmentsWithReference(Api as, String reference) {
    Api.Reply list = as.get(ASNS + "?limit=200");
    assertEquals(200, list.status(), list.toString());
    int n = 0;
    for (JsonValue v : list.items()) {
      if (reference.equals(v.asJsonObject().getString("reference", null))) {
        n++;
      }
    }
    return n;
  }

  private Page signIn(BrowserContext context, String username) {
    return Browser.signIn(context, portal, username, "catalogue-page");
  }
}
