package com.fulfil.portal;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Browser;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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
 * The count-approval page of the staff console (/ops/#/counts) in real headless Chromium, signed in
 * through Keycloak's login page. A storekeeper's count with variances (set up through the API, as
 * CountIT does) is listed for the supervisor, opened with books, counted and signed variance per
 * line; a rejection without a note is stopped at the note; the page speaks Russian; the approval
 * posts the adjustments, and the shop's stock API then shows the stock adjusted. The warehouse lead
 * (storekeeper and supervisor) who counted a round is refused by the server, shown at the field it
 * names (approver), and nothing moves. A storekeeper alone has no count page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountApprovalPortalIT {

  private static final String COUNTS = "/api/v1/ops/counts";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @RegisterExtension static final Browser browser = new Browser();

  @ArquillianResource URL url;
  Api storekeeper;
  Api supervisor;
  Api lead;
  Api shop;
  WarehouseLayout layout;
  String ops;
  String tea;
  String teaEan;

  @BeforeEach
  void setUp() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    storekeeper = api.asUser("storekeeper");
    supervisor = api.asUser("supervisor");
    lead = api.asUser("warehouse-lead");
    shop = api.asUser("alfa-manager");
    layout = WarehouseLayout.create(api, 3);
    teaEan = randomEan13();
    var sku = aSku().withBarcode(teaEan);
    assertEquals(201, shop.post("/api/v1/catalogue/skus", sku.json()).status());
    tea = sku.code();
    ops = api.base() + "/ops/";
  }

  @Test
  void theSupervisorApprovesAStorekeepersCountInThePageAndTheStockIsAdjusted() throws Exception {
    String bin0 = layout.bins().get(0);
    String bin1 = layout.bins().get(1);
    adjust(bin0, 10);
    adjust(bin1, 3);
    String code = count(List.of(bin0, bin1));
    tally(storekeeper, code, bin0, 8);
    tally(storekeeper, code, bin1, 4);
    assertEquals("AWAITING_APPROVAL", supervisor.get(COUNTS + "/" + code + "/variances").json().getString("status"));
    assertEquals(13, stock().getInt("onHand"));

    try (BrowserContext context = browser.context("en-US", 1280, 1000)) {
      Page page = Browser.signIn(context, ops, "supervisor", "supervisor-page");
      page.getByTestId("nav-counts").click();
      assertThat(page.getByTestId("counts-page")).isVisible();
      Locator row = page.locator("[data-testid=count-row][data-code='" + code + "']");
      assertThat(row.locator("[data-col=tenant]")).hasText("alfa");
      row.getByTestId("count-open").click();

      Locator detail = page.locator("[data-testid=count-detail][data-code='" + code + "']");
      assertThat(detail).isVisible();
      assertThat(detail.getByTestId("count-status")).hasText("AWAITING_APPROVAL");
      assertThat(detail.getByTestId("count-counters")).hasText("storekeeper");
      assertThat(detail.getByTestId("count-line")).hasCount(2);
      Locator missing = line(detail, bin0);
      assertThat(missing.locator("[data-col=expected]")).hasText("10");
      assertThat(missing.locator("[data-col=counted]")).hasText("8");
      assertThat(missing.locator("[data-col=variance]")).hasText("-2");
      assertThat(missing).hasAttribute("data-direction", "short");
      Locator found = line(detail, bin1);
      assertThat(found.locator("[data-col=expected]")).hasText("3");
      assertThat(found.locator("[data-col=counted]")).hasText("4");
      assertThat(found.locator("[data-col=variance]")).hasText("+1");
      assertThat(detail.getByTestId("count-summary")).hasText("2 line(s) differ: 2 unit(s) missing, 1 unit(s) found.");
      assertThat(detail.getByTestId("count-counter-hint")).hasCount(0);

      // A rejection needs a note: stopped at the note, nothing sent.
      detail.getByTestId("count-reject").click();
      assertThat(detail.getByTestId("decision-note-error")).isVisible();
      assertEquals("AWAITING_APPROVAL", supervisor.get(COUNTS + "/" + code + "/variances").json().getString("status"));

      // Russian texts.
      page.getByTestId("lang-ru").click();
      assertThat(detail.getByTestId("count-approve")).hasText("Утвердить и скорректировать остатки");
      assertThat(detail.getByTestId("count-summary")).hasText("Строк с расхождением: 2; недостача 2 шт., излишек 1 шт.");
      page.getByTestId("lang-en").click();
      assertThat(detail.getByTestId("count-approve")).hasText("Approve and adjust stock");

      detail.getByTestId("decision-note").fill("two broken, one found behind the shelf");
      detail.getByTestId("count-approve").click();
      assertThat(detail.getByTestId("decision-done")).hasText("Approved: 2 adjustment(s) posted.");
      assertThat(detail.getByTestId("count-status")).hasText("ADJUSTED");
      assertThat(detail.getByTestId("count-approve")).isDisabled();
      assertThat(row).hasCount(0);
    }

    JsonObject report = supervisor.get(COUNTS + "/" + code + "/variances").json();
    assertEquals("ADJUSTED", report.getString("status"));
    JsonObject stock = stock();
    assertEquals(12, stock.getInt("onHand"), "10 - 2 + 3 + 1");
    assertEquals(12, StockJournal.sum("alfa", tea), "the books are the sum of the journal");
    String movements = shop.get("/api/v1/stock/" + tea + "/movements").body();
    assertTrue(movements.contains("count:" + code) && movements.contains("approved by supervisor: two broken, one found behind the shelf"),
        movements);
  }

  @Test
  void whoCountedIsRefusedByTheServerAtTheApproverAndNothingMoves() throws Exception {
    String bin2 = layout.bins().get(2);
    adjust(bin2, 5);
    String code = count(List.of(bin2));
    tally(lead, code, bin2, 4);

    try (BrowserContext context = browser.context("en-US", 1280, 1000)) {
      Page page = Browser.signIn(context, ops, "warehouse-lead", "supervisor-page");
      page.getByTestId("nav-counts").click();
      page.getByTestId("count-code").fill(code);
      page.getByTestId("count-code-open").click();
      Locator detail = page.locator("[data-testid=count-detail][data-code='" + code + "']");
      assertThat(line(detail, bin2).locator("[data-col=variance]")).hasText("-1");
      assertThat(detail.getByTestId("count-counter-hint")).isVisible();
      detail.getByTestId("count-approve").click();
      assertThat(detail.locator("[data-testid=decision-field-error][data-field=approver]")).isVisible();
      assertThat(detail.getByTestId("decision-error")).isVisible();
      assertThat(detail.getByTestId("count-status")).hasText("AWAITING_APPROVAL");
    }
    assertEquals("AWAITING_APPROVAL", supervisor.get(COUNTS + "/" + code + "/variances").json().getString("status"));
    assertEquals(5, stock().getInt("onHand"), "nothing moved");

    try (BrowserContext context = browser.context("en-US", 1280, 1000)) {
      Page page = Browser.signIn(context, ops, "storekeeper", "ops-not-for-role");
      assertThat(page.getByTestId("nav-counts")).hasCount(0);
    }
  }

  private static Locator line(Locator detail, String bin) {
    return detail.locator("[data-testid=count-line][data-bin='" + bin + "']");
  }

  private void adjust(String bin, int qty) {
    Api.Reply r = storekeeper.post("/api/v1/ops/stock/adjustments",
        Json.object("tenant", "alfa", "sku", tea, "bin", bin, "qty", qty, "reason", "opening stock"));
    assertEquals(201, r.status(), r.toString());
  }

  private String count(List<String> bins) {
    Api.Reply created = supervisor.post(COUNTS, Json.object("tenant", "alfa", "bins", bins, "note", "aisle check"));
    assertEquals(201, created.status(), created.toString());
    return created.json().getString("code");
  }

  private void tally(Api who, String code, String bin, int qty) {
    String body = jakarta.json.Json.createObjectBuilder().add("bin", bin)
        .add("items", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("barcode", teaEan).add("qty", qty)))
        .build().toString();
    Api.Reply r = who.post(COUNTS + "/" + code + "/tallies", body);
    assertEquals(200, r.status(), r.toString());
  }

  private JsonObject stock() {
    return shop.get("/api/v1/stock/" + tea).json();
  }
}
