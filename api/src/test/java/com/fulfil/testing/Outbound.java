package com.fulfil.testing;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

/**
 * Test fixture for packing and handover: a shop's SKUs with stock in this test's bins, its orders
 * taken through confirmation (the test-only {@code ConfirmationProbe}, which the deployment must
 * include), a wave and a picker's scans, so that a test starts from a picked order in its tote.
 * Everything goes through the HTTP API as the demo users.
 */
public final class Outbound {

  public static final String LISTS = "/api/v1/ops/picking/lists";

  /** A SKU of the shop with two barcodes (EAN-13 and Code-128). */
  public record Sku(String code, String ean, String code128) {}

  /** An order picked into {@code tote}. */
  public record Picked(String orderId, String tote) {}

  private final Api api;
  private final String tenant;
  private final Api shop;
  private final Api storekeeper;
  private final Api picker;
  private final WarehouseLayout layout;
  private int nextBin;

  /** For {@code tenant} (alfa or bravo), picking as {@code pickerUser}; makes its own bins. */
  public Outbound(Api api, String tenant, String pickerUser) {
    this.api = api;
    this.tenant = tenant;
    this.shop = api.asUser(tenant + "-manager");
    this.storekeeper = api.asUser("storekeeper");
    this.picker = api.asUser(pickerUser);
    this.layout = WarehouseLayout.create(api, 6);
  }

  public Api shop() {
    return shop;
  }

  /** A new SKU with {@code qty} units in a bin of its own. */
  public Sku sku(int qty) {
    String ean = randomEan13();
    String code128 = "C128-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    SkuBuilder b = aSku().withBarcode(ean).withBarcode(code128);
    Api.Reply r = shop.post("/api/v1/catalogue/skus", b.json());
    assertEquals(201, r.status(), r.toString());
    stock(api, tenant, b.code(), layout.bins().get(nextBin++ % layout.bins().size()), qty);
    return new Sku(b.code(), ean, code128);
  }

  /** A confirmed, allocated order of these lines (SKU code → units). */
  public String allocatedOrder(Map<String, Integer> lines, String deliveryMethod, String paymentForm) {
    return allocatedOrder(api, tenant, lines, deliveryMethod, paymentForm);
  }

  /**
   * A new order of {@code tenant} (posted by its manager), confirmed by the operator through the
   * test-only ConfirmationProbe and so ALLOCATED (the stock must be there).
   */
  public static String allocatedOrder(Api api, String tenant, Map<String, Integer> lines, String deliveryMethod, String paymentForm) {
    Api shop = api.asUser(tenant + "-manager");
    JsonArrayBuilder l = jakarta.json.Json.createArrayBuilder();
    lines.forEach((sku, qty) -> l.add(Json.builder("sku", sku, "qty", qty, "unitPriceMinor", 150_00)));
    String body = Json.builder("paymentForm", paymentForm, "deliveryMethod", deliveryMethod)
        .add("buyer", Json.builder("name", "Иван Петров", "phone", "+79161234567")
            .add("address", Json.builder("country", "RU", "region", "Москва", "city", "Москва", "street", "ул. Ленина, 1",
                "postalCode", "101000")))
        .add("lines", l)
        .build()
        .toString();
    Api.Reply r = shop.post("/api/v1/orders", body);
    assertEquals(201, r.status(), r.toString());
    String order = r.json().getString("id");
    Api.Reply c = api.asUser("operator").post("/api/test/orders/" + tenant + "/" + order + "/confirmation", "");
    assertEquals(204, c.status(), c.toString());
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + order).json().getString("status"));
    return order;
  }

  /** {@code qty} units of the shop's SKU put into {@code bin} by the storekeeper (an adjustment). */
  public static void stock(Api api, String tenant, String sku, String bin, int qty) {
    Api.Reply r = api.asUser("storekeeper").post("/api/v1/ops/stock/adjustments", Json.object(
        "tenant", tenant, "sku", sku, "bin", bin, "qty", qty, "reason", "test stock"));
    assertEquals(201, r.status(), r.toString());
  }

  /**
   * Lists of earlier tests may wait in the pickers' shared queue: this one is made the oldest
   * released (through the owning role), so that a picker's next list is exactly it.
   */
  public static void toTheFrontOfTheQueue(String listId) throws Exception {
    try (Connection c = Database.owner();
        PreparedStatement p = c.prepareStatement(
            "update wh_pick_list set released_at = '1990-01-01T00:00:00Z' where id = cast(? as uuid)")) {
      p.setString(1, listId);
      assertEquals(1, p.executeUpdate());
    }
  }

  /** The order released in a wave of its own and picked in full by the picker: PICKING, goods in the tote. */
  public Picked picked(String order) {
    Api.Reply wave = storekeeper.post("/api/v1/ops/picking/waves", Json.object("tenant", tenant, "orderIds", List.of(order)));
    assertEquals(201, wave.status(), wave.toString());
    Api.Reply claim = picker.post(LISTS + "/next", Json.object("wave", wave.json().getString("id")));
    assertEquals(200, claim.status(), claim.toString());
    JsonObject list = claim.json();
    String id = list.getString("id");
    while (list.containsKey("current") && !list.isNull("current")) {
      JsonObject pick = list.getJsonObject("current");
      ok(picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", pick.getString("bin"))));
      ok(picker.post(LISTS + "/" + id + "/item-scans", Json.object("barcode", pick.getJsonArray("barcodes").getString(0))));
      list = ok(picker.post(LISTS + "/" + id + "/confirmations", Json.object("qty", pick.getInt("qty"))));
    }
    assertEquals("PICKED", list.getString("status"));
    return new Picked(order, list.getString("tote"));
  }

  /** A new order of these lines, allocated and picked. */
  public Picked pickedOrder(Map<String, Integer> lines, String deliveryMethod) {
    return picked(allocatedOrder(lines, deliveryMethod, "COD_CASH"));
  }

  private static JsonObject ok(Api.Reply r) {
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }
}
