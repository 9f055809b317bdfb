package com.fulfil.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.fulfilment.ConfirmationProbe;
import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.Outbound;
import com.fulfil.testing.TestTenants;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Handover: a carrier's manifest takes packed parcels of any shop by the number on their labels,
 * refuses unknown, open, other-carrier and already-manifested parcels, and on closing hands every
 * parcel over and moves every order to HANDED_TO_CARRIER (the dispatcher and the manifest named in
 * its timeline); its totals are the sums of its parcels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HandoverIT {

  static final String MANIFESTS = "/api/v1/ops/manifests";
  static final String PARCELS = "/api/v1/ops/packing/parcels";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;
  Api api;
  Api packer;
  Api dispatcher;
  Outbound alfa;
  Outbound bravo;

  @BeforeEach
  void setUp() {
    api = Api.at(url);
    TestTenants.ensure(api);
    packer = api.asUser("packer");
    dispatcher = api.asUser("dispatcher");
    alfa = new Outbound(api, "alfa", "picker33");
    bravo = new Outbound(api, "bravo", "picker34");
  }

  @Test
  void aClosedManifestHandsEveryShopsParcelsToTheCarrier() throws Exception {
    String carrier = freshCarrier("CARRIER");
    Outbound.Sku tea = alfa.sku(10);
    Outbound.Sku soap = bravo.sku(10);
    Outbound.Picked a = alfa.pickedOrder(Map.of(tea.code(), 2), "CARRIER");
    Outbound.Picked b = bravo.pickedOrder(Map.of(soap.code(), 1), "CARRIER");
    Outbound.Picked post = alfa.pickedOrder(Map.of(tea.code(), 1), "POST");
    JsonObject pa = pack(a, tea.ean(), 2, 1200);
    JsonObject pb = pack(b, soap.ean(), 1, 400);
    JsonObject pPost = pack(post, tea.ean(), 1, 300);
    Outbound.Picked open = alfa.pickedOrder(Map.of(tea.code(), 1), "CARRIER");
    String openNumber = packer.post(PARCELS, Json.object("tote", open.tote())).json().getString("number");

    Api.Reply created = dispatcher.post(MANIFESTS, Json.object("carrier", carrier));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().getString("id");
    String code = created.json().getString("code");
    assertTrue(code.matches("MAN-\\d{6,}"), code);
    assertProblem(dispatcher.post(MANIFESTS, Json.object("carrier", carrier)), 409, "carrier");
    assertEquals(code, dispatcher.get(MANIFESTS + "/" + code).json().getString("code"), "scanning the manifest's code opens it");

    assertProblem(scan(id, "PCL999999999"), 422, "barcode");
    assertTrue(scan(id, "PCL999999999").json().getString("type").endsWith("/unknown-parcel"));
    Api.Reply wrongCarrier = scan(id, pPost.getString("number"));
    assertProblem(wrongCarrier, 422, "barcode");
    assertTrue(wrongCarrier.json().getString("type").endsWith("/wrong-carrier"), wrongCarrier.toString());
    assertProblem(scan(id, openNumber), 409, "barcode");

    assertEquals(200, scan(id, pa.getString("number")).status());
    assertProblem(scan(id, pa.getString("number")), 409, "barcode");
    assertEquals(200, scan(id, pb.getString("number").toLowerCase()).status(), "numbers are read case-blind");
    Api.Reply off = dispatcher.delete(MANIFESTS + "/" + id + "/parcels/" + pb.getString("number"));
    assertEquals(200, off.status(), off.toString());
    assertEquals(1, off.json().getJsonArray("parcels").size());
    JsonObject before = scan(id, pb.getString("number")).json();
    assertEquals(2, before.getJsonObject("totals").getInt("parcels"));
    assertEquals(1600, before.getJsonObject("totals").getJsonNumber("weightGrams").longValue());
    long codA = cod(alfa, a.orderId());
    long codB = cod(bravo, b.orderId());
    Map<String, Long> cod = new java.util.TreeMap<>();
    before.getJsonObject("totals").getJsonArray("cod").forEach(c -> cod.put(
        c.asJsonObject().getString("currency"), c.asJsonObject().getJsonNumber("amountMinor").longValue()));
    assertEquals(Map.of("RUB", codA, "PLN", codB), cod, "COD totals per currency are the sums of the parcels");
    assertEquals("PACKED", status(alfa, a.orderId()), "nothing is handed over before closing");

    Api.Reply closed = dispatcher.post(MANIFESTS + "/" + id + "/closing", "{}");
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("CLOSED", closed.json().getString("status"));
    assertEquals("dispatcher", closed.json().getString("closedBy"));
    assertEquals(0, closed.json().getInt("pending"));
    closed.json().getJsonArray("parcels").forEach(p -> assertEquals("HANDED_OVER", p.asJsonObject().getString("status")));

    for (Object[] o : new Object[][] {{alfa, a.orderId()}, {bravo, b.orderId()}}) {
      Outbound shop = (Outbound) o[0];
      String order = (String) o[1];
      assertEquals("HANDED_TO_CARRIER", status(shop, order));
      JsonArray timeline = shop.shop().get("/api/v1/orders/" + order + "/timeline").items();
      JsonObject last = timeline.getJsonObject(timeline.size() - 1);
      assertEquals("PACKED", last.getString("from"));
      assertEquals("dispatcher", last.getString("actor"));
      assertEquals("handed to CARRIER on manifest " + code, last.getString("reason"));
    }
    assertEquals("PACKED", status(alfa, post.orderId()), "the other carrier's parcel stays");

    assertProblem(dispatcher.post(MANIFESTS + "/" + id + "/closing", "{}"), 409, "status");
    assertProblem(scan(id, openNumber), 409, "barcode");
    assertEquals(201, dispatcher.post(MANIFESTS, Json.object("carrier", carrier)).status(), "the carrier's next manifest");
    JsonArray closedList = jakarta.json.Json.createReader(new java.io.StringReader(
        dispatcher.get(MANIFESTS + "?status=CLOSED").body())).readArray();
    assertTrue(closedList.stream().anyMatch(m -> m.asJsonObject().getString("code").equals(code)));
  }

  /**
   * A shop's step of closing fails (its order was moved on behind the warehouse's back, through the
   * owning role): the manifest is closed, the other shop's parcel is handed over, the failed one
   * stays PACKED and counted as pending; once the cause is gone, closing again finishes just it.
   */
  @Test
  void aShopsFailedHandoverStaysPendingAndClosingAgainFinishesIt() throws Exception {
    String carrier = freshCarrier("POST");
    Outbound.Sku tea = alfa.sku(5);
    Outbound.Sku soap = bravo.sku(5);
    JsonObject pa = pack(alfa.pickedOrder(Map.of(tea.code(), 1), "POST"), tea.ean(), 1, 300);
    Outbound.Picked b = bravo.pickedOrder(Map.of(soap.code(), 1), "POST");
    JsonObject pb = pack(b, soap.ean(), 1, 400);
    String id = dispatcher.post(MANIFESTS, Json.object("carrier", carrier)).json().getString("id");
    assertEquals(200, scan(id, pa.getString("number")).status());
    assertEquals(200, scan(id, pb.getString("number")).status());

    setStatus(b.orderId(), "IN_TRANSIT");
    Api.Reply first = dispatcher.post(MANIFESTS + "/" + id + "/closing", "{}");
    assertEquals(200, first.status(), first.toString());
    assertEquals("CLOSED", first.json().getString("status"));
    assertEquals(1, first.json().getInt("pending"), first.toString());
    assertEquals(Map.of(pa.getString("number"), "HANDED_OVER", pb.getString("number"), "PACKED"), parcelStatuses(first.json()));
    assertEquals("HANDED_TO_CARRIER", status(alfa, pa.getString("orderId")));
    assertEquals("IN_TRANSIT", status(bravo, b.orderId()), "bravo's step rolled back as a whole");

    setStatus(b.orderId(), "PACKED");
    Api.Reply again = dispatcher.post(MANIFESTS + "/" + id + "/closing", "{}");
    assertEquals(200, again.status(), again.toString());
    assertEquals(0, again.json().getInt("pending"));
    assertEquals(Map.of(pa.getString("number"), "HANDED_OVER", pb.getString("number"), "HANDED_OVER"), parcelStatuses(again.json()));
    assertEquals("HANDED_TO_CARRIER", status(bravo, b.orderId()));
    assertProblem(dispatcher.post(MANIFESTS + "/" + id + "/closing", "{}"), 409, "status");
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
    long before = manifests();
    assertProblem(dispatcher.post(MANIFESTS, ""), 400, "body");
    assertProblem(dispatcher.post(MANIFESTS, Json.object("carrier", "")), 400, "carrier");
    assertProblem(dispatcher.post(MANIFESTS, Json.object("carrier", "PIGEON")), 422, "carrier");
    assertProblem(dispatcher.get(MANIFESTS + "?status=LOST"), 400, "status");
    assertEquals(404, dispatcher.get(MANIFESTS + "/MAN-000000000").status());
    assertEquals(before, manifests());

    String carrier = freshCarrier("PARCEL_LOCKER");
    String id = dispatcher.post(MANIFESTS, Json.object("carrier", carrier)).json().getString("id");
    assertProblem(dispatcher.post(MANIFESTS + "/" + id + "/closing", "{}"), 409, "parcels");
    assertProblem(scan(id, ""), 400, "barcode");
    assertEquals(404, dispatcher.delete(MANIFESTS + "/" + id + "/parcels/PCL000000000").status());
    assertEquals(403, packer.post(MANIFESTS, Json.object("carrier", "POST")).status(), "handover is the dispatcher's");
    assertEquals(403, alfa.shop().get(MANIFESTS).status());
  }

  /** Closes any manifest of {@code carrier} left open (by another test or run), so this test opens its own. */
  private String freshCarrier(String carrier) {
    JsonArray open = jakarta.json.Json.createReader(new java.io.StringReader(
        dispatcher.get(MANIFESTS + "?status=OPEN").body())).readArray();
    for (var m : open) {
      JsonObject o = m.asJsonObject();
      if (o.getString("carrier").equals(carrier)) {
        if (o.getJsonArray("parcels").isEmpty()) {
          try (Connection c = Database.owner(); Statement s = c.createStatement()) {
            s.executeUpdate("update wh_manifest set status = 'CLOSED', closed_by = 'test', closed_at = now() where id = '"
                + o.getString("id") + "'");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        } else {
          assertEquals(200, dispatcher.post(MANIFESTS + "/" + o.getString("id") + "/closing", "{}").status());
        }
      }
    }
    return carrier;
  }

  /** Moves an order behind the application's back (the owning role; RLS needs its shop bound), as a fault. */
  private static void setStatus(String order, String status) throws Exception {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("select set_config('app.tenant_id', 'bravo', true)");
        assertEquals(1, s.executeUpdate("update ord_order set status = '" + status + "', version = version + 1 where id = '" + order + "'"));
      }
      c.commit();
    }
  }

  private static Map<String, String> parcelStatuses(JsonObject manifest) {
    Map<String, String> out = new java.util.TreeMap<>();
    manifest.getJsonArray("parcels").forEach(p -> out.put(p.asJsonObject().getString("number"), p.asJsonObject().getString("status")));
    return out;
  }

  private JsonObject pack(Outbound.Picked picked, String barcode, int units, int grams) {
    Api.Reply opened = packer.post(PARCELS, Json.object("tote", picked.tote()));
    assertEquals(201, opened.status(), opened.toString());
    String id = opened.json().getString("id");
    for (int i = 0; i < units; i++) {
      assertEquals(200, packer.post(PARCELS + "/" + id + "/item-scans", Json.object("barcode", barcode)).status());
    }
    Api.Reply closed = packer.post(PARCELS + "/" + id + "/closing", Json.object("box", "BOX-M", "weightGrams", grams));
    assertEquals(200, closed.status(), closed.toString());
    return closed.json();
  }

  private Api.Reply scan(String manifest, String barcode) {
    return dispatcher.post(MANIFESTS + "/" + manifest + "/parcel-scans", Json.object("barcode", barcode));
  }

  private static String status(Outbound shop, String order) {
    return shop.shop().get("/api/v1/orders/" + order).json().getString("status");
  }

  private static long cod(Outbound shop, String order) {
    return shop.shop().get("/api/v1/orders/" + order).json().getJsonObject("totals").getJsonNumber("codAmountMinor").longValue();
  }

  private static long manifests() throws Exception {
    try (Connection c = Database.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from wh_manifest")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertProblem(Api.Reply r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(List.of(field), r.problemFields(), r.toString());
  }
}
