package com.fulfil.count;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Set;
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
 * Cycle counts: counters count blind, variances against the books at count time need a second
 * person (supervisor or platform admin who counted nothing), approval posts adjustments that move
 * stock and keep the books equal to the journal, rejection means a recount; bad input is refused
 * naming the field and stores nothing; the shop sees its own counts only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountIT {

  private static final String COUNTS = "/api/v1/ops/counts";
  private static final String ADJUST = "/api/v1/ops/stock/adjustments";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api storekeeper;
  Api supervisor;
  Api lead;
  Api shop;
  Api bravo;
  WarehouseLayout layout;
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
    bravo = api.asUser("bravo-manager");
    layout = WarehouseLayout.create(api, 3);
    teaEan = randomEan13();
    var teaSku = aSku().withBarcode(teaEan);
    assertEquals(201, shop.post("/api/v1/catalogue/skus", teaSku.json()).status());
    tea = teaSku.code();
  }

  @Test
  void blindCountWithAVarianceIsApprovedByAnotherPersonAndTheAdjustmentMovesStock() throws Exception {
    String bin0 = layout.bins().get(0);
    String bin1 = layout.bins().get(1);
    assertEquals(201, adjust(tea, bin0, 10).status());
    assertEquals(201, adjust(tea, bin1, 3).status());

    Api.Reply created = supervisor.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin0, bin1), "note", "aisle check"));
    assertEquals(201, created.status(), created.toString());
    String code = created.json().getString("code");
    assertTrue(code.startsWith("CNT.alfa."), code);
    assertEquals("COUNTING", created.json().getString("status"));
    assertTrue(storekeeper.get(COUNTS).body().contains(code), "the open count is on the scanner's list");

    // Blind: the counter sees bins, never the books.
    Api.Reply seen = storekeeper.get(COUNTS + "/" + code);
    assertEquals(200, seen.status(), seen.toString());
    assertBlind(seen);
    assertEquals(List.of(bin0, bin1), binsOf(seen.json()));
    assertEquals(403, storekeeper.get(COUNTS + "/" + code + "/variances").status(), "figures are not for counters");

    Api.Reply first = tally(storekeeper, code, bin0, teaEan, 8);
    assertEquals(200, first.status(), first.toString());
    assertBlind(first);
    assertEquals("COUNTING", first.json().getString("status"));
    Api.Reply again = tally(storekeeper, code, bin0, teaEan, 9);
    assertEquals(409, again.status(), again.toString());
    assertEquals(List.of("bin"), again.problemFields());

    String unknown = randomEan13();
    Api.Reply bad = tally(storekeeper, code, bin1, teaEan, 3, unknown, 1);
    assertEquals(422, bad.status(), bad.toString());
    assertEquals(List.of("items[1].barcode"), bad.problemFields());
    assertFalse(storekeeper.get(COUNTS + "/" + code).json().getJsonArray("bins").getJsonObject(1).getBoolean("counted"),
        "nothing of the refused tally is stored");

    Api.Reply last = tally(storekeeper, code, bin1, teaEan, 2, teaEan, 1);
    assertEquals(200, last.status(), last.toString());
    assertBlind(last);
    assertEquals("AWAITING_APPROVAL", last.json().getString("status"), "a variance waits for approval");
    assertEquals(13, stock(tea).getInt("onHand"), "nothing moves before approval (10 + 3)");

    JsonObject report = supervisor.get(COUNTS + "/" + code + "/variances").json();
    assertEquals(Set.of(bin0 + ":10:8:-2", bin1 + ":3:3:0"), lines(report, 1));
    assertEquals(List.of("storekeeper"), strings(report, "counters"));

    assertEquals(403, storekeeper.post(COUNTS + "/" + code + "/approval", "{}").status(), "counters do not approve");
    Api.Reply approved = supervisor.post(COUNTS + "/" + code + "/approval", Json.object("note", "two broken, thrown away"));
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("ADJUSTED", approved.json().getString("status"));
    List<JsonObject> adjustments = approved.json().getJsonArray("adjustments").getValuesAs(JsonObject.class);
    assertEquals(1, adjustments.size(), adjustments.toString());
    JsonObject move = adjustments.get(0);
    assertEquals("ADJUSTMENT", move.getString("reason"));
    assertEquals(bin0, move.getString("from"));
    assertEquals(JsonValue.NULL, move.get("to"));
    assertEquals(2, move.getInt("qty"));
    assertEquals("count:" + code, move.getString("reference"));
    assertEquals("supervisor", move.getString("actor"));
    String note = move.getString("note");
    assertTrue(note.contains("counted 8, books 10") && note.contains("counted by storekeeper")
        && note.contains("approved by supervisor: two broken, thrown away"), note);

    JsonObject teaStock = stock(tea);
    assertEquals(11, teaStock.getInt("onHand"));
    assertEquals(11, StockJournal.sum("alfa", tea), "on hand is the sum of the movements");
    JsonObject check = storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json();
    assertTrue(check.getBoolean("agrees"), check.toString());

    Api.Reply twice = supervisor.post(COUNTS + "/" + code + "/approval", "{}");
    assertEquals(409, twice.status(), twice.toString());
    assertEquals(List.of("status"), twice.problemFields());
    assertEquals(11, stock(tea).getInt("onHand"), "a second approval moves nothing");
    assertFalse(storekeeper.get(COUNTS).body().contains(code), "a decided count leaves the list");

    // The shop sees its count with the figures; another shop does not.
    String id = approved.json().getString("id");
    Api.Reply mine = shop.get("/api/v1/stock-counts/" + id);
    assertEquals(200, mine.status(), mine.toString());
    assertEquals("APPROVED", mine.json().getJsonArray("decisions").getJsonObject(0).getString("decision"));
    assertTrue(shop.get("/api/v1/stock-counts?limit=100").body().contains(code));
  }

  @Test
  void whoCountedCannotDecideAndARejectedRoundIsCountedAgain() throws Exception {
    String bin = layout.bins().get(2);
    assertEquals(201, adjust(tea, bin, 5).status());
    Api.Reply created = lead.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin)));
    assertEquals(201, created.status(), created.toString());
    String code = created.json().getString("code");
    assertEquals(200, tally(lead, code, bin, teaEan, 4).status());

    Api.Reply self = lead.post(COUNTS + "/" + code + "/approval", "{}");
    assertEquals(403, self.status(), self.toString());
    assertEquals(List.of("approver"), self.problemFields());
    assertTrue(self.contentType().startsWith("application/problem+json"));
    Api.Reply selfReject = lead.post(COUNTS + "/" + code + "/rejection", Json.object("note", "mine"));
    assertEquals(403, selfReject.status(), selfReject.toString());
    assertEquals(5, stock(tea).getInt("onHand"), "nothing moved");

    Api.Reply noReason = supervisor.post(COUNTS + "/" + code + "/rejection", "{}");
    assertEquals(400, noReason.status(), noReason.toString());
    assertEquals(List.of("note"), noReason.problemFields());
    Api.Reply rejected = supervisor.post(COUNTS + "/" + code + "/rejection", Json.object("note", "count the back row too"));
    assertEquals(200, rejected.status(), rejected.toString());
    assertEquals("COUNTING", rejected.json().getString("status"));
    assertEquals(2, rejected.json().getInt("round"));
    JsonObject blind = storekeeper.get(COUNTS + "/" + code).json();
    assertFalse(blind.getJsonArray("bins").getJsonObject(0).getBoolean("counted"), "every bin is counted again");

    Api.Reply recount = tally(storekeeper, code, bin, teaEan, 5);
    assertEquals(200, recount.status(), recount.toString());
    assertEquals("CLOSED", recount.json().getString("status"), "no variance, nothing to approve");
    JsonObject report = supervisor.get(COUNTS + "/" + code + "/variances").json();
    assertEquals(Set.of(bin + ":5:4:-1"), lines(report, 1), "round 1 stays as history");
    assertEquals(Set.of(bin + ":5:5:0"), lines(report, 2));
    JsonObject decision = report.getJsonArray("decisions").getJsonObject(0);
    assertEquals("REJECTED", decision.getString("decision"));
    assertEquals("supervisor", decision.getString("actor"));
    assertEquals("count the back row too", decision.getString("note"));
    assertEquals(5, stock(tea).getInt("onHand"));
    assertEquals(5, StockJournal.sum("alfa", tea));
  }

  @Test
  void anEmptyBinIsCountedEmptyAndAFoundItemIsAddedOnApproval() throws Exception {
    String bin0 = layout.bins().get(0);
    String bin1 = layout.bins().get(1);
    assertEquals(201, adjust(tea, bin0, 2).status());
    String code = supervisor.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin0, bin1))).json().getString("code");
    assertEquals(200, tally(storekeeper, code, bin0).status(), "an empty list: the bin is empty");
    assertEquals(200, tally(storekeeper, code, bin1, teaEan, 3).status());
    JsonObject report = supervisor.get(COUNTS + "/" + code + "/variances").json();
    assertEquals(Set.of(bin0 + ":2:0:-2", bin1 + ":0:3:3"), lines(report, 1));
    Api.Reply approved = Api.at(url).asUser("platform-admin").post(COUNTS + "/" + code + "/approval", "{}");
    assertEquals(200, approved.status(), approved.toString());
    assertEquals(2, approved.json().getJsonArray("adjustments").size());
    assertEquals(3, stock(tea).getInt("onHand"));
    assertEquals(3, StockJournal.sum("alfa", tea));
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndStoresNothing() {
    String bin = layout.bins().get(0);
    int openBefore = openCounts();
    Api.Reply invalid = supervisor.post(COUNTS, Json.object("tenant", "Not A Shop", "bins", List.of()));
    assertEquals(400, invalid.status(), invalid.toString());
    assertTrue(invalid.contentType().startsWith("application/problem+json"));
    assertEquals(Set.of("tenant", "bins"), Set.copyOf(invalid.problemFields()));
    assertEquals(List.of("tenant"), supervisor.post(COUNTS, Json.object("tenant", "no-such-shop", "bins", List.of(bin))).problemFields());
    assertEquals(List.of("bins[1]"), supervisor.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin, bin))).problemFields());
    assertEquals(List.of("bins[1]"), supervisor.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin, "NO-SUCH-BIN-X"))).problemFields());
    assertEquals(List.of("body"), supervisor.post(COUNTS, "").problemFields());
    assertEquals(403, shop.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin))).status(), "shops do not open counts");
    assertEquals(openBefore, openCounts(), "no refused request opened a count");

    String code = storekeeper.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin))).json().getString("code");
    Api.Reply zero = tally(storekeeper, code, bin, teaEan, 0);
    assertEquals(400, zero.status());
    assertEquals(List.of("items[0].qty"), zero.problemFields());
    Api.Reply noBin = storekeeper.post(COUNTS + "/" + code + "/tallies", Json.object("items", List.of()));
    assertEquals(List.of("bin"), noBin.problemFields());
    Api.Reply otherBin = tally(storekeeper, code, layout.bins().get(1), teaEan, 1);
    assertEquals(422, otherBin.status(), otherBin.toString());
    assertEquals(List.of("bin"), otherBin.problemFields());

    String milkEan = randomEan13();
    assertEquals(201, shop.post("/api/v1/catalogue/skus", aSku().withBarcode(milkEan).expiryTracked().json()).status());
    Api.Reply noLot = tally(storekeeper, code, bin, milkEan, 1);
    assertEquals(400, noLot.status(), noLot.toString());
    assertEquals(List.of("items[0].lot"), noLot.problemFields());

    assertEquals(404, storekeeper.get(COUNTS + "/CNT.alfa.23456789AB").status());
    assertEquals(404, storekeeper.get(COUNTS + "/nonsense").status());
    assertEquals(404, tally(storekeeper, code.replace("CNT.alfa.", "CNT.bravo."), bin, teaEan, 1).status(),
        "the code names the shop: the same sheet under another shop is nobody's");

    JsonObject report = supervisor.get(COUNTS + "/" + code + "/variances").json();
    assertEquals("COUNTING", report.getString("status"));
    assertEquals(0, report.getJsonArray("lines").size(), "no refused tally stored a line");
    assertEquals(0, report.getJsonArray("counters").size());
  }

  @Test
  void damagedGoodsGoToQuarantineWithAReasonAndAreWrittenOff() throws Exception {
    String bin = layout.bins().get(0);
    assertEquals(201, adjust(tea, bin, 6).status());
    String relocations = "/api/v1/ops/stock/relocations";
    Api.Reply bad = storekeeper.post(relocations, Json.object("tenant", "alfa", "sku", tea, "from", bin, "to", bin, "qty", 0));
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(Set.of("to", "qty", "reason"), Set.copyOf(bad.problemFields()));
    Api.Reply tooMany = storekeeper.post(relocations,
        Json.object("tenant", "alfa", "sku", tea, "from", bin, "to", "QUARANTINE-1", "qty", 7, "reason", "crushed"));
    assertEquals(409, tooMany.status(), tooMany.toString());
    assertEquals(List.of("qty"), tooMany.problemFields());
    assertEquals(6, stock(tea).getInt("available"), "nothing moved on error");

    Api.Reply damaged = storekeeper.post(relocations,
        Json.object("tenant", "alfa", "sku", tea, "from", bin, "to", "QUARANTINE-1", "qty", 2, "reason", "crushed box"));
    assertEquals(201, damaged.status(), damaged.toString());
    assertEquals("RELOCATION", damaged.json().getString("reason"));
    assertEquals("crushed box", damaged.json().getString("note"));
    assertEquals("storekeeper", damaged.json().getString("actor"));
    JsonObject blocked = stock(tea);
    assertEquals(6, blocked.getInt("onHand"));
    assertEquals(2, blocked.getInt("blocked"));
    assertEquals(4, blocked.getInt("available"));

    Api.Reply writeOff = storekeeper.post(ADJUST,
        Json.object("tenant", "alfa", "sku", tea, "bin", "QUARANTINE-1", "qty", -2, "reason", "write-off: crushed box"));
    assertEquals(201, writeOff.status(), writeOff.toString());
    assertEquals(4, stock(tea).getInt("onHand"));
    assertEquals(4, StockJournal.sum("alfa", tea));
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"));
  }

  @Test
  void anotherShopsCountIsNotFound() {
    String bin = layout.bins().get(0);
    Api.Reply created = supervisor.post(COUNTS, Json.object("tenant", "alfa", "bins", List.of(bin)));
    String code = created.json().getString("code");
    String id = supervisor.get(COUNTS + "/" + code + "/variances").json().getString("id");
    assertEquals(200, shop.get("/api/v1/stock-counts/" + id).status());
    Api.Reply other = bravo.get("/api/v1/stock-counts/" + id);
    assertEquals(404, other.status(), other.toString());
    assertTrue(other.contentType().startsWith("application/problem+json"));
    assertFalse(bravo.get("/api/v1/stock-counts?limit=100").body().contains(code), "never listed to another shop");
    assertEquals(404, bravo.get("/api/v1/stock-counts/not-a-uuid").status());
  }

  private int openCounts() {
    return storekeeper.get(COUNTS).body().split("\"code\"", -1).length - 1;
  }

  private static void assertBlind(Api.Reply reply) {
    String body = reply.body();
    for (String word : List.of("expected", "counted\":" + "8", "variance", "books", "onHand", "lines")) {
      assertFalse(body.contains("\"" + word), "the counter's view must not show " + word + ": " + body);
    }
    Set<String> binKeys = reply.json().getJsonArray("bins").getJsonObject(0).keySet();
    assertEquals(Set.of("bin", "address", "counted", "countedBy"), binKeys);
  }

  private static List<String> binsOf(JsonObject count) {
    return count.getJsonArray("bins").getValuesAs(JsonObject.class).stream().map(b -> b.getString("bin")).toList();
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }

  /** The report's lines of one round as "bin:expected:counted:variance". */
  private static Set<String> lines(JsonObject report, int round) {
    return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getInt("round") == round)
        .map(l -> l.getString("bin") + ":" + l.getInt("expected") + ":" + l.getInt("counted") + ":" + l.getInt("variance"))
        .collect(Collectors.toSet());
  }

  private Api.Reply tally(Api who, String code, String bin, Object... barcodeQty) {
    JsonArrayBuilder items = jakarta.json.Json.createArrayBuilder();
    for (int i = 0; i < barcodeQty.length; i += 2) {
      JsonObjectBuilder item = jakarta.json.Json.createObjectBuilder().add("barcode", (String) barcodeQty[i]).add("qty", (Integer) barcodeQty[i + 1]);
      items.add(item);
    }
    return who.post(COUNTS + "/" + code + "/tallies",
        jakarta.json.Json.createObjectBuilder().add("bin", bin).add("items", items).build().toString());
  }

  private Api.Reply adjust(String sku, String bin, int qty) {
    return storekeeper.post(ADJUST, Json.object("tenant", "alfa", "sku", sku, "bin", bin, "qty", qty, "reason", "opening stock"));
  }

  private JsonObject stock(String sku) {
    return shop.get("/api/v1/stock/" + sku).json();
  }
}
