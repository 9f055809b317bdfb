package com.fulfil.inbound;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inbound: the shop announces, the dock counts by scanning, discrepancies reach the shop, putaway
 * by scanning the bin makes the stock available; bad scans are refused and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboundIT {

  private static final String ASNS = "/api/v1/inbound-shipments";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api shop;
  Api storekeeper;
  WarehouseLayout layout;
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
    layout = WarehouseLayout.create(api, 3, 0);
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
  void announcedGoodsAreCountedWithDiscrepanciesThenPutAwayAndBecomeAvailable() throws Exception {
    JsonObject asn = announce(Json.builder("reference", "PO-" + tea).add("lines", jakarta.json.Json.createArrayBuilder()
        .add(line(tea, 10, null, null)).add(line(milk, 5, "L1", "2027-01-31"))).build().toString());
    String code = asn.getString("code");
    assertEquals("ANNOUNCED", asn.getString("status"));
    assertEquals(10, stock(tea).getInt("inbound"));

    String dock = "/api/v1/ops/inbound/" + code;
    assertEquals(asn.getString("id"), storekeeper.get(dock).json().getString("id"), "the scanned code opens the shipment");
    Api.Reply scan = storekeeper.post(dock + "/scans", Json.object("barcode", teaEan, "qty", 6));
    assertEquals(200, scan.status(), scan.toString());
    assertEquals(6, scan.json().getJsonObject("line").getInt("received"));
    assertEquals("RECEIVING", scan.json().getString("status"));
    assertEquals(200, storekeeper.post(dock + "/scans", Json.object("barcode", teaEan, "damaged", true)).status());
    Api.Reply milkScan = storekeeper.post(dock + "/scans", Json.object("barcode", milkEan, "qty", 5));
    assertEquals("L1", milkScan.json().getJsonObject("line").getString("lot"), "the only lot announced: " + milkScan);
    String unknown = randomEan13();
    Api.Reply report = storekeeper.post(dock + "/unknown-barcodes", Json.object("barcode", unknown, "qty", 2, "note", "no label"));
    assertEquals(201, report.status(), report.toString());

    JsonObject teaStock = stock(tea);
    assertEquals(7, teaStock.getInt("onHand"));
    assertEquals(6, teaStock.getInt("awaitingPutaway"));
    assertEquals(1, teaStock.getInt("blocked"), "damaged units are in quarantine");
    assertEquals(0, teaStock.getInt("available"), "nothing is available before putaway");
    assertEquals(3, teaStock.getInt("inbound"), "still expected while counting goes on");

    JsonObject closed = storekeeper.post(dock + "/closure", "").json();
    assertEquals("RECEIVED", closed.getString("status"));
    Map<String, Integer> shown = discrepancies(shop.get(ASNS + "/" + asn.getString("id")).json());
    assertEquals(Map.of("DAMAGED:" + tea, 1, "SHORT:" + tea, 3, "UNKNOWN_BARCODE:" + unknown, 2), shown, "the shop sees them");
    assertEquals(0, stock(tea).getInt("inbound"));

    List<JsonObject> tasks = tasks(dock);
    assertEquals(2, tasks.size(), tasks.toString());
    JsonObject teaTask = tasks.stream().filter(t -> t.getString("sku").equals(tea)).findFirst().orElseThrow();
    assertEquals(6, teaTask.getInt("qty"));
    String suggested = teaTask.getString("suggestedBin");
    assertEquals("STORAGE", storekeeper.get("/api/v1/ops/warehouse/bins/" + suggested).json().getString("kind"));

    String bin = layout.bins().get(0);
    Api.Reply put = storekeeper.post(dock + "/putaways", Json.object("barcode", teaEan, "bin", bin, "qty", 4));
    assertEquals(200, put.status(), put.toString());
    assertEquals("PUTAWAY", put.json().getJsonObject("movement").getString("reason"));
    assertEquals("DOCK-1", put.json().getJsonObject("movement").getString("from"));
    assertEquals(4, stock(tea).getInt("available"));

    List<JsonObject> after = tasks(dock);
    JsonObject rest = after.stream().filter(t -> t.getString("sku").equals(tea)).findFirst().orElseThrow();
    assertEquals(2, rest.getInt("qty"));
    assertEquals(bin, rest.getString("suggestedBin"), "the bin already holding the SKU is suggested next");
    assertEquals(200, storekeeper.post(dock + "/putaways", Json.object("barcode", teaEan, "bin", bin, "qty", 2)).status());
    assertEquals(200, storekeeper.post(dock + "/putaways", Json.object("barcode", milkEan, "bin", layout.bins().get(1), "qty", 5)).status());

    JsonObject finalTea = stock(tea);
    assertEquals(7, finalTea.getInt("onHand"));
    assertEquals(6, finalTea.getInt("available"));
    assertEquals(0, finalTea.getInt("awaitingPutaway"));
    JsonObject milkLot = stock(milk).getJsonArray("lots").getJsonObject(0);
    assertEquals("L1", milkLot.getString("lot"));
    assertEquals("2027-01-31", milkLot.getString("expiry"));
    assertEquals(5, milkLot.getInt("available"));
    assertTrue(tasks(dock).isEmpty(), "nothing waits any more");

    JsonObject check = storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json();
    assertTrue(check.getBoolean("agrees"), check.toString());
    assertEquals(7, com.fulfil.testing.StockJournal.sum("alfa", tea), "on hand = sum of receipt, quarantine and putaway movements");
  }

  @Test
  void badScansAreRefusedNamingTheFieldAndStoreNothing() {
    JsonObject asn = announce(Json.builder().add("lines", jakarta.json.Json.createArrayBuilder().add(line(tea, 3, null, null))).build().toString());
    String dock = "/api/v1/ops/inbound/" + asn.getString("code");

    Api.Reply unknownItem = storekeeper.post(dock + "/scans", Json.object("barcode", randomEan13()));
    assertEquals(422, unknownItem.status(), unknownItem.toString());
    assertTrue(unknownItem.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("barcode"), unknownItem.problemFields());
    Api.Reply noBarcode = storekeeper.post(dock + "/scans", Json.object("qty", 0));
    assertEquals(400, noBarcode.status());
    assertEquals(List.of("barcode", "qty"), noBarcode.problemFields());
    Api.Reply lotOnPlain = storekeeper.post(dock + "/scans", Json.object("barcode", teaEan, "lot", "L1"));
    assertEquals(List.of("lot"), lotOnPlain.problemFields());
    Api.Reply milkNotAnnounced = storekeeper.post(dock + "/scans", Json.object("barcode", milkEan));
    assertEquals(List.of("lot"), milkNotAnnounced.problemFields(), "a tracked SKU not announced needs its lot stated");
    assertEquals(0, stock(tea).getInt("onHand"), "nothing counted");
    assertEquals("ANNOUNCED", shop.get(ASNS + "/" + asn.getString("id")).json().getString("status"));

    assertEquals(200, storekeeper.post(dock + "/scans", Json.object("barcode", teaEan, "qty", 2)).status());
    Api.Reply unknownBin = storekeeper.post(dock + "/putaways", Json.object("barcode", teaEan, "bin", "NO-SUCH-BIN-" + tea, "qty", 1));
    assertEquals(422, unknownBin.status());
    assertEquals(List.of("bin"), unknownBin.problemFields());
    Api.Reply dockBin = storekeeper.post(dock + "/putaways", Json.object("barcode", teaEan, "bin", "DOCK-1", "qty", 1));
    assertEquals(422, dockBin.status());
    assertEquals(List.of("bin"), dockBin.problemFields());
    Api.Reply tooMany = storekeeper.post(dock + "/putaways", Json.object("barcode", teaEan, "bin", layout.bins().get(0), "qty", 3));
    assertEquals(409, tooMany.status());
    assertEquals(List.of("qty"), tooMany.problemFields());
    Api.Reply wrongItem = storekeeper.post(dock + "/putaways", Json.object("barcode", randomEan13(), "bin", layout.bins().get(0), "qty", 1));
    assertEquals(422, wrongItem.status());
    assertEquals(List.of("barcode"), wrongItem.problemFields());
    JsonObject teaStock = stock(tea);
    assertEquals(2, teaStock.getInt("awaitingPutaway"), "no refused putaway moved anything");
    assertEquals(0, teaStock.getInt("available"));

    assertEquals(404, storekeeper.get("/api/v1/ops/inbound/ASN.alfa.ABCDEFGHJK").status());
    assertEquals(404, storekeeper.post("/api/v1/ops/inbound/not-a-code/scans", Json.object("barcode", teaEan)).status());
    assertEquals(200, storekeeper.post(dock + "/closure", "").status());
    Api.Reply afterClose = storekeeper.post(dock + "/scans", Json.object("barcode", teaEan));
    assertEquals(409, afterClose.status());
    assertEquals(List.of("status"), afterClose.problemFields());
    assertEquals(403, shop.post(dock + "/scans", Json.object("barcode", teaEan)).status(), "shops do not scan");
  }

  @Test
  void badAnnouncementsAreRefusedNamingTheLineFieldAndCancellationIsOnlyBeforeReceiving() {
    Api.Reply bad = shop.post(ASNS, Json.builder("expectedOn", "03.02.2026").add("lines", jakarta.json.Json.createArrayBuilder()
        .add(line("NO-SUCH-" + tea, 1, null, null)).add(line(milk, 0, null, null)).add(line(tea, 1, null, null)).add(line(tea, 2, null, null)))
        .build().toString());
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(List.of("expectedOn", "lines[0].sku", "lines[1].qty", "lines[1].lot", "lines[1].expiry", "lines[3].sku"), bad.problemFields());
    assertEquals(400, shop.post(ASNS, Json.object("lines", List.of())).status());

    JsonObject asn = announce(Json.builder("reference", "REF-" + tea).add("lines", jakarta.json.Json.createArrayBuilder().add(line(tea, 4, null, null))).build().toString());
    Api.Reply dup = shop.post(ASNS, Json.builder("reference", "REF-" + tea).add("lines", jakarta.json.Json.createArrayBuilder().add(line(tea, 4, null, null))).build().toString());
    assertEquals(409, dup.status());
    assertEquals(List.of("reference"), dup.problemFields());
    assertEquals(4, stock(tea).getInt("inbound"));

    Api.Reply listed = shop.get(ASNS + "?status=ANNOUNCED&limit=200");
    assertTrue(listed.items().stream().anyMatch(v -> v.asJsonObject().getString("id").equals(asn.getString("id"))));
    assertEquals(400, shop.get(ASNS + "?status=LOST").status());

    Api.Reply cancelled = shop.post(ASNS + "/" + asn.getString("id") + "/cancellation", "");
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals(0, stock(tea).getInt("inbound"));
    Api.Reply again = shop.post(ASNS + "/" + asn.getString("id") + "/cancellation", "");
    assertEquals(409, again.status());
    assertEquals(List.of("status"), again.problemFields());
    Api.Reply scanCancelled = storekeeper.post("/api/v1/ops/inbound/" + asn.getString("code") + "/scans", Json.object("barcode", teaEan));
    assertEquals(409, scanCancelled.status());
  }

  @Test
  void anotherShopsInboundShipmentIsNotFound() {
    JsonObject asn = announce(Json.builder().add("lines", jakarta.json.Json.createArrayBuilder().add(line(tea, 1, null, null))).build().toString());
    Api bravo = Api.at(url).asUser("bravo-admin");
    Api.Reply read = bravo.get(ASNS + "/" + asn.getString("id"));
    assertEquals(404, read.status(), read.toString());
    assertTrue(read.contentType().startsWith("application/problem+json"));
    assertEquals(404, bravo.post(ASNS + "/" + asn.getString("id") + "/cancellation", "").status());
    assertEquals("ANNOUNCED", shop.get(ASNS + "/" + asn.getString("id")).json().getString("status"), "untouched");
    assertTrue(bravo.get(ASNS + "?limit=200").items().stream().noneMatch(v -> v.asJsonObject().getString("id").equals(asn.getString("id"))));
  }

  private JsonObject announce(String body) {
    Api.Reply r = shop.post(ASNS, body);
    assertEquals(201, r.status(), r.toString());
    assertNotNull(r.header("Location").orElse(null));
    return r.json();
  }

  private static jakarta.json.JsonObjectBuilder line(String sku, int qty, String lot, String expiry) {
    return Json.builder("sku", sku, "qty", qty, "lot", lot, "expiry", expiry);
  }

  private JsonObject stock(String sku) {
    Api.Reply r = shop.get("/api/v1/stock/" + sku);
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  private List<JsonObject> tasks(String dock) {
    Api.Reply r = storekeeper.get(dock + "/putaway");
    assertEquals(200, r.status(), r.toString());
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray().stream().map(JsonValue::asJsonObject).toList();
  }

  private static Map<String, Integer> discrepancies(JsonObject asn) {
    return asn.getJsonArray("discrepancies").stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
        d -> d.getString("kind") + ":" + (d.isNull("sku") ? d.getString("barcode") : d.getString("sku")), d -> d.getInt("qty")));
  }
}
