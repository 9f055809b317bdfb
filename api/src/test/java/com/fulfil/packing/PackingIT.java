package com.fulfil.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.fulfilment.ConfirmationProbe;
import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.Outbound;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Packing: a picked order's tote opens its parcel expecting exactly the picked units; a wrong or
 * extra unit is recorded and blocks closing until taken out; closing with box and weight makes the
 * order PACKED (the packer named in its timeline); the label carries the order's COD; every scan
 * is a row; two stations scanning one tote get one parcel; bad input names its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackingIT {

  static final String PARCELS = "/api/v1/ops/packing/parcels";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;
  Api api;
  Api packer;
  Outbound alfa;

  @BeforeEach
  void setUp() {
    api = Api.at(url);
    TestTenants.ensure(api);
    packer = api.asUser("packer");
    alfa = new Outbound(api, "alfa", "picker31");
  }

  @Test
  void aParcelClosesOnlyWithExactlyThePickedUnitsAndTheOrderIsPacked() throws Exception {
    Outbound.Sku tea = alfa.sku(10);
    Outbound.Sku coffee = alfa.sku(10);
    Outbound.Sku other = alfa.sku(10);
    Outbound.Picked picked = alfa.pickedOrder(Map.of(tea.code(), 2, coffee.code(), 1), "COURIER");

    Api.Reply opened = packer.post(PARCELS, Json.object("tote", picked.tote()));
    assertEquals(201, opened.status(), opened.toString());
    JsonObject parcel = opened.json();
    String id = parcel.getString("id");
    assertTrue(parcel.getString("number").matches("PCL\\d{9}"), parcel.toString());
    assertEquals(picked.orderId(), parcel.getString("orderId"));
    assertEquals("OPEN", parcel.getString("status"));
    assertEquals("COURIER", parcel.getString("deliveryMethod"));
    assertEquals(Map.of(tea.code(), 2, coffee.code(), 1), expected(parcel));
    assertEquals(3, parcel.getInt("missing"));
    assertFalse(parcel.getBoolean("complete"));

    Api.Reply again = packer.post(PARCELS, Json.object("tote", picked.tote()));
    assertEquals(200, again.status(), "the same tote resumes the open parcel: " + again);
    assertEquals(id, again.json().getString("id"));

    assertEquals("OK", scan(id, tea.ean()).getJsonObject("lastScan").getString("result"));
    assertEquals("OK", scan(id, tea.code128()).getJsonObject("lastScan").getString("result"), "either barcode of the SKU");
    JsonObject extraTea = scan(id, tea.ean());
    assertEquals("EXTRA", extraTea.getJsonObject("lastScan").getString("result"), "a third tea is one too many");
    JsonObject wrong = scan(id, other.ean());
    assertEquals("EXTRA", wrong.getJsonObject("lastScan").getString("result"), "an item the order does not have");
    JsonObject unknown = scan(id, "0000000000000");
    assertEquals("EXTRA", unknown.getJsonObject("lastScan").getString("result"));
    assertEquals(3, unknown.getInt("extra"));
    assertEquals(1, unknown.getInt("missing"));

    Api.Reply incomplete = packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "BOX-S", "weightGrams", 800));
    assertEquals(409, incomplete.status(), incomplete.toString());
    assertTrue(incomplete.json().getString("type").endsWith("/parcel-incomplete"), incomplete.toString());
    assertEquals(List.of("items"), incomplete.problemFields());
    assertTrue(incomplete.json().getString("detail").contains("1 missing, 3 extra"), incomplete.toString());
    assertEquals("PICKING", status(picked.orderId()), "nothing moved");

    remove(id, tea.ean());
    remove(id, other.ean());
    remove(id, "0000000000000");
    Api.Reply none = packer.post(PARCELS + "/" + id + "/item-removals", Json.object("barcode", other.ean()));
    assertProblem(none, 422, "barcode");
    JsonObject last = scan(id, coffee.code128());
    assertEquals(0, last.getInt("missing"));
    assertEquals(0, last.getInt("extra"));
    assertTrue(last.getBoolean("complete"));
    assertEquals(0, last.getJsonArray("extras").size(), "extras taken out are no longer listed");

    assertProblem(packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "BOX-Q", "weightGrams", 800)), 422, "box");
    assertProblem(packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "BOX-S", "weightGrams", 6000)), 422, "weightGrams");
    assertProblem(packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "BOX-S")), 400, "weightGrams");
    assertProblem(packer.get(PARCELS + "/" + id + "/label"), 409, "status");

    Api.Reply closed = packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "box-s", "weightGrams", 830));
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("PACKED", closed.json().getString("status"));
    assertEquals("BOX-S", closed.json().getString("box"));
    assertEquals(830, closed.json().getInt("weightGrams"));

    JsonObject order = alfa.shop().get("/api/v1/orders/" + picked.orderId()).json();
    assertEquals("PACKED", order.getString("status"));
    JsonArray timeline = alfa.shop().get("/api/v1/orders/" + picked.orderId() + "/timeline").items();
    JsonObject packed = timeline.getJsonObject(timeline.size() - 1);
    assertEquals("PICKING", packed.getString("from"));
    assertEquals("PACKED", packed.getString("to"));
    assertEquals("packer", packed.getString("actor"));
    assertEquals("packed in parcel " + closed.json().getString("number"), packed.getString("reason"));

    JsonObject label = packer.get(PARCELS + "/" + id + "/label").json();
    assertEquals(closed.json().getString("number"), label.getString("barcode"));
    assertEquals("alfa", label.getJsonObject("shop").getString("id"));
    assertEquals("Иван Петров", label.getJsonObject("recipient").getString("name"));
    assertEquals("101000, ул. Ленина, 1, Москва, Москва, RU", label.getJsonObject("recipient").getString("address"));
    assertEquals(order.getJsonObject("totals").getJsonNumber("codAmountMinor").longValue(),
        label.getJsonObject("cod").getJsonNumber("amountMinor").longValue(), "the label collects the order's COD");
    assertEquals(order.getJsonObject("totals").getString("currency"), label.getJsonObject("cod").getString("currency"));

    assertProblem(packer.post(PARCELS + "/" + id + "/item-scans", Json.object("barcode", tea.ean())), 409, "barcode");
    assertProblem(packer.post(PARCELS, Json.object("tote", picked.tote())), 409, "tote");
    assertEquals(9, count("select count(*) from wh_pack_scan where parcel_id = cast(? as uuid)", id),
        "six scans and three removals, each a row");
    assertEquals(1, count("select count(*) from wh_pack_scan where parcel_id = cast(? as uuid) and result = 'EXTRA' and sku is null", id),
        "the unknown barcode");
    assertEquals(8, StockJournal.sum("alfa", tea.code()), "packing moves no stock: the picks did");
  }

  @Test
  void aPrepaidOrdersLabelCollectsNothing() {
    Outbound.Sku tea = alfa.sku(5);
    Outbound.Picked picked = alfa.picked(alfa.allocatedOrder(Map.of(tea.code(), 1), "POST", "PREPAID"));
    String id = packer.post(PARCELS, Json.object("tote", picked.tote())).json().getString("id");
    scan(id, tea.ean());
    assertEquals(200, packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "BOX-M", "weightGrams", 300)).status());
    JsonObject label = packer.get(PARCELS + "/" + id + "/label").json();
    assertTrue(!label.containsKey("cod") || label.isNull("cod"), "no cash to collect: " + label);
    assertEquals("POST", label.getString("deliveryMethod"));
  }

  /** Two stations scan the same tote at the same moment: one parcel, both get it. */
  @Test
  void twoStationsScanningOneToteGetOneParcel() throws Exception {
    Outbound.Sku tea = alfa.sku(5);
    Outbound.Picked picked = alfa.pickedOrder(Map.of(tea.code(), 1), "COURIER");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Api.Reply>> replies = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        replies.add(pool.submit(() -> {
          go.await();
          return packer.post(PARCELS, Json.object("tote", picked.tote()));
        }));
      }
      go.countDown();
      Set<String> ids = new HashSet<>();
      int created = 0;
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get(60, TimeUnit.SECONDS);
        assertTrue(r.status() == 201 || r.status() == 200, r.toString());
        created += r.status() == 201 ? 1 : 0;
        ids.add(r.json().getString("id"));
      }
      assertEquals(1, created);
      assertEquals(1, ids.size());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, count("select count(*) from wh_parcel where order_id = cast(? as uuid)", picked.orderId()));
  }

  @Test
  void anOrderWithAShortPickWaitsForTheStorekeeper() throws Exception {
    Outbound.Sku tea = alfa.sku(5);
    String order = alfa.allocatedOrder(Map.of(tea.code(), 2), "COURIER", "COD_CASH");
    Api storekeeper = api.asUser("storekeeper");
    Api picker = api.asUser("picker32");
    Api.Reply wave = storekeeper.post("/api/v1/ops/picking/waves", Json.object("tenant", "alfa", "orderIds", List.of(order)));
    JsonObject list = picker.post(Outbound.LISTS + "/next", Json.object("wave", wave.json().getString("id"))).json();
    String listId = list.getString("id");
    JsonObject pick = list.getJsonObject("current");
    picker.post(Outbound.LISTS + "/" + listId + "/bin-scans", Json.object("barcode", pick.getString("bin")));
    picker.post(Outbound.LISTS + "/" + listId + "/item-scans", Json.object("barcode", tea.ean()));
    assertEquals(200, picker.post(Outbound.LISTS + "/" + listId + "/confirmations", Json.object("qty", 1)).status());

    Api.Reply r = packer.post(PARCELS, Json.object("tote", list.getString("tote")));
    assertProblem(r, 409, "tote");
    assertTrue(r.json().getString("detail").contains("short pick"), r.toString());
    assertEquals(0, count("select count(*) from wh_parcel where order_id = cast(? as uuid)", order));
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
    long before = count("select count(*) from wh_parcel where ? is not null", "x");
    assertProblem(packer.post(PARCELS, ""), 400, "body");
    assertProblem(packer.post(PARCELS, Json.object("tote", " ")), 400, "tote");
    assertProblem(packer.post(PARCELS, Json.object("tote", "TOTE-NOPE")), 404, "tote");
    assertProblem(packer.post(PARCELS + "/not-a-uuid/item-scans", Json.object("barcode", "1")), 400, "id");
    assertEquals(404, packer.get(PARCELS + "/" + java.util.UUID.randomUUID()).status());
    assertEquals(before, count("select count(*) from wh_parcel where ? is not null", "x"));
    assertEquals(403, api.asUser("picker").get("/api/v1/ops/packing/boxes").status(), "packing is the packer's");
    assertEquals(403, alfa.shop().post(PARCELS, Json.object("tote", "TOTE-1")).status(), "and never a shop's");
    JsonArray boxes = jakarta.json.Json.createReader(new java.io.StringReader(packer.get("/api/v1/ops/packing/boxes").body())).readArray();
    assertEquals(List.of("BOX-S", "BOX-M", "BOX-L", "BOX-XL"), boxes.stream().map(b -> b.asJsonObject().getString("code")).toList());
  }

  private JsonObject scan(String id, String barcode) {
    Api.Reply r = packer.post(PARCELS + "/" + id + "/item-scans", Json.object("barcode", barcode));
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  private void remove(String id, String barcode) {
    Api.Reply r = packer.post(PARCELS + "/" + id + "/item-removals", Json.object("barcode", barcode));
    assertEquals(200, r.status(), r.toString());
    assertEquals("REMOVED", r.json().getJsonObject("lastScan").getString("result"));
  }

  private String status(String order) {
    return alfa.shop().get("/api/v1/orders/" + order).json().getString("status");
  }

  private static Map<String, Integer> expected(JsonObject parcel) {
    Map<String, Integer> out = new LinkedHashMap<>();
    parcel.getJsonArray("items").forEach(i -> out.put(i.asJsonObject().getString("sku"), i.asJsonObject().getInt("expected")));
    return out;
  }

  static void assertProblem(Api.Reply r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    if (field != null) {
      assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
      assertEquals(List.of(field), r.problemFields(), r.toString());
    }
  }

  /** A count over alfa's rows, read as the owner with alfa bound (RLS applies to the owner too). */
  static long count(String sql, String param) throws Exception {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', 'alfa', true)")) {
        set.execute();
      }
      try (PreparedStatement q = c.prepareStatement(sql)) {
        q.setString(1, param);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          long n = rs.getLong(1);
          c.commit();
          return n;
        }
      }
    }
  }
}
