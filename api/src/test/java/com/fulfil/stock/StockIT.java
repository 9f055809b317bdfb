package com.fulfil.stock;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import jakarta.json.JsonArray;
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

/**
 * Stock per owner, SKU, bin and lot: the storekeeper's adjustments write the journal, the shop sees
 * the result live, and the balances always equal the sum of the movements.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockIT {

  private static final String ADJUST = "/api/v1/ops/stock/adjustments";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api shop;
  Api storekeeper;
  WarehouseLayout layout;

  @BeforeEach
  void setUp() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    storekeeper = api.asUser("storekeeper");
    layout = WarehouseLayout.create(api, 2);
  }

  @Test
  void adjustmentsMoveStockAndTheShopSeesItLiveWithTheJournal() {
    String sku = newSku(aSku().withBarcode(randomEan13()));
    assertEquals(201, adjust(sku, layout.bins().get(0), null, null, 10, "opening count").status());
    assertEquals(201, adjust(sku, layout.bins().get(1), null, null, 5, "found on the wrong shelf").status());
    Api.Reply out = adjust(sku, layout.bins().get(0), null, null, -3, "damaged in count");
    assertEquals(201, out.status(), out.toString());
    assertEquals(layout.bins().get(0), out.json().getString("from"));
    assertTrue(out.json().isNull("to"));

    JsonObject stock = shop.get("/api/v1/stock/" + sku).json();
    assertEquals(12, stock.getInt("onHand"));
    assertEquals(0, stock.getInt("reserved"));
    assertEquals(12, stock.getInt("available"));
    assertEquals(1, stock.getJsonArray("lots").size());
    assertTrue(stock.getJsonArray("lots").getJsonObject(0).isNull("lot"), "an untracked SKU has the one lot null");

    Api.Reply journal = shop.get("/api/v1/stock/" + sku + "/movements?limit=2");
    assertEquals(200, journal.status(), journal.toString());
    JsonObject newest = journal.items().getJsonObject(0);
    assertEquals("ADJUSTMENT", newest.getString("reason"));
    assertEquals("storekeeper", newest.getString("actor"));
    assertEquals("damaged in count", newest.getString("note"));
    assertEquals(3, newest.getInt("qty"));
    Api.Reply rest = shop.get("/api/v1/stock/" + sku + "/movements?limit=2&cursor=" + journal.json().getString("nextCursor"));
    assertEquals(1, rest.items().size(), "three movements in all");

    boolean listed = false;
    String cursor = null;
    do {
      Api.Reply page = shop.get("/api/v1/stock?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      for (var v : page.items()) {
        if (v.asJsonObject().getString("sku").equals(sku)) {
          listed = true;
          assertEquals(12, v.asJsonObject().getInt("onHand"));
        }
      }
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
    } while (cursor != null && !listed);
    assertTrue(listed, "the SKU is in the stock list");
  }

  @Test
  void lotsAreKeptApartAndListedSoonestExpiryFirst() {
    String sku = newSku(aSku().withBarcode(randomEan13()).expiryTracked());
    assertEquals(201, adjust(sku, layout.bins().get(0), "L-LATE", "2027-06-01", 5, "count").status());
    assertEquals(201, adjust(sku, layout.bins().get(1), "L-SOON", "2026-12-01", 4, "count").status());
    assertEquals(201, adjust(sku, layout.bins().get(0), "L-SOON", "2026-12-01", 1, "count").status());

    JsonArray lots = shop.get("/api/v1/stock/" + sku).json().getJsonArray("lots");
    assertEquals(2, lots.size());
    assertEquals("L-SOON", lots.getJsonObject(0).getString("lot"));
    assertEquals("2026-12-01", lots.getJsonObject(0).getString("expiry"));
    assertEquals(5, lots.getJsonObject(0).getInt("onHand"));
    assertEquals("L-LATE", lots.getJsonObject(1).getString("lot"));

    Api.Reply otherExpiry = adjust(sku, layout.bins().get(1), "L-LATE", "2027-07-01", 1, "count");
    assertEquals(409, otherExpiry.status(), "a lot has one expiry: " + otherExpiry);
    assertEquals(List.of("expiry"), otherExpiry.problemFields());
  }

  @Test
  void badAdjustmentsAreRefusedNamingTheFieldAndStoreNothing() {
    String sku = newSku(aSku().withBarcode(randomEan13()));
    String tracked = newSku(aSku().withBarcode(randomEan13()).expiryTracked());
    String bin = layout.bins().get(0);
    assertEquals(201, adjust(sku, bin, null, null, 2, "count").status());

    Api.Reply tooMany = adjust(sku, bin, null, null, -3, "count");
    assertEquals(409, tooMany.status());
    assertEquals(List.of("qty"), tooMany.problemFields());
    Api.Reply unknownBin = adjust(sku, "NO-SUCH-BIN-" + bin, null, null, 1, "count");
    assertEquals(400, unknownBin.status());
    assertEquals(List.of("bin"), unknownBin.problemFields());
    Api.Reply unknownSku = adjust("NO-SUCH-" + sku, bin, null, null, 1, "count");
    assertEquals(400, unknownSku.status());
    assertEquals(List.of("sku"), unknownSku.problemFields());
    Api.Reply noLot = adjust(tracked, bin, null, "2026-01-01", 1, "count");
    assertEquals(List.of("lot"), noLot.problemFields());
    Api.Reply lotOnUntracked = adjust(sku, bin, "L1", null, 1, "count");
    assertEquals(List.of("lot"), lotOnUntracked.problemFields());
    Api.Reply badInput = storekeeper.post(ADJUST, Json.object("tenant", "Not A Tenant", "sku", sku, "bin", bin, "qty", 0));
    assertEquals(400, badInput.status());
    assertEquals(List.of("tenant", "qty", "reason"), badInput.problemFields());
    assertTrue(badInput.contentType().startsWith("application/problem+json"));

    assertEquals(2, shop.get("/api/v1/stock/" + sku).json().getInt("onHand"), "nothing stored by the refused ones");
    assertEquals(1, shop.get("/api/v1/stock/" + sku + "/movements").items().size());
    assertEquals(0, shop.get("/api/v1/stock/" + tracked).json().getInt("onHand"));
  }

  @Test
  void theBooksCheckFindsBalancesEqualToTheSumOfMovements() throws Exception {
    String sku = newSku(aSku().withBarcode(randomEan13()));
    adjust(sku, layout.bins().get(0), null, null, 7, "count");
    adjust(sku, layout.bins().get(1), null, null, 4, "count");
    adjust(sku, layout.bins().get(1), null, null, -1, "count");

    JsonObject check = storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json();
    assertTrue(check.getBoolean("agrees"), check.toString());
    assertEquals(10, shop.get("/api/v1/stock/" + sku).json().getInt("onHand"));
    assertEquals(10, StockJournal.sum("alfa", sku), "on hand is the sum of the journal, counted independently");
    assertEquals(403, shop.get("/api/v1/ops/stock/check?tenant=alfa").status());
  }

  @Test
  void theListIsSearchedByCodeNameOrBarcodeAndTheOtherShopFindsNothing() {
    String ean = randomEan13();
    var built = aSku().name("Searchable cocoa").withBarcode(ean);
    String sku = newSku(built);
    String other = newSku(aSku().withBarcode(randomEan13()));
    assertEquals(201, adjust(sku, layout.bins().get(0), null, null, 4, "opening count").status());

    for (String q : List.of(sku, sku.toLowerCase().substring(2), ean)) {
      Api.Reply r = shop.get("/api/v1/stock?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, r.status(), r.toString());
      JsonArray items = r.items();
      assertEquals(1, items.size(), q + " → " + items);
      assertEquals(sku, items.getJsonObject(0).getString("sku"));
      assertEquals(4, items.getJsonObject(0).getInt("available"));
    }
    assertTrue(shop.get("/api/v1/stock?q=" + other).items().stream()
        .noneMatch(i -> i.asJsonObject().getString("sku").equals(sku)));
    assertEquals(0, Api.at(url).asUser("bravo-admin").get("/api/v1/stock?q=" + ean).items().size(), "another shop's barcode finds nothing");
    Api.Reply tooLong = shop.get("/api/v1/stock?q=" + "x".repeat(201));
    assertEquals(400, tooLong.status(), tooLong.toString());
    assertEquals("q", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void anotherShopsStockIsNotFound() {
    String sku = newSku(aSku().withBarcode(randomEan13()));
    adjust(sku, layout.bins().get(0), null, null, 3, "count");
    Api bravo = Api.at(url).asUser("bravo-admin");
    Api.Reply r = bravo.get("/api/v1/stock/" + sku);
    assertEquals(404, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"));
    assertEquals(404, bravo.get("/api/v1/stock/" + sku + "/movements").status());
    assertEquals(3, shop.get("/api/v1/stock/" + sku).json().getInt("onHand"));
  }

  private String newSku(SkuBuilder sku) {
    Api.Reply r = shop.post("/api/v1/catalogue/skus", sku.json());
    assertEquals(201, r.status(), r.toString());
    return sku.code();
  }

  private Api.Reply adjust(String sku, String bin, String lot, String expiry, int qty, String reason) {
    return storekeeper.post(ADJUST, Json.object(
        "tenant", "alfa", "sku", sku, "bin", bin, "lot", lot, "expiry", expiry, "qty", qty, "reason", reason));
  }
}
