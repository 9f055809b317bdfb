package com.fulfil.fulfilment;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A confirmed order reserves stock (FEFO where expiry is tracked, else FIFO), or is backordered
 * when stock is short; cancelling releases; concurrent confirmations never oversell.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllocationIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;
  Api shop;
  Api storekeeper;
  Api operator;
  WarehouseLayout layout;

  @BeforeEach
  void setUp() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    storekeeper = api.asUser("storekeeper");
    operator = api.asUser("operator");
    layout = WarehouseLayout.create(api, 3);
  }

  @Test
  void aConfirmedOrderReservesFifoStockAndCancellingReleasesIt() throws Exception {
    String tea = newSku(aSku().withBarcode(randomEan13()));
    adjust(tea, layout.bins().get(2), null, null, 2);
    adjust(tea, layout.bins().get(0), null, null, 5);

    String order = order(Map.of(tea, 3));
    confirm(order);
    JsonObject view = shop.get("/api/v1/orders/" + order).json();
    assertEquals("ALLOCATED", view.getString("status"));
    JsonArray timeline = shop.get("/api/v1/orders/" + order + "/timeline").items();
    JsonObject last = timeline.getJsonObject(timeline.size() - 1).asJsonObject();
    assertEquals("ALLOCATED", last.getString("to"), timeline.toString());
    assertEquals("reserved 3 unit(s)", last.getString("reason"));

    assertEquals(Map.of(layout.bins().get(2), 2, layout.bins().get(0), 1), reservedByBin(tea),
        "first in, first out: the 2 received first, then 1 of the later 5, though that bin is earlier on the path");
    JsonObject stock = shop.get("/api/v1/stock/" + tea).json();
    assertEquals(3, stock.getInt("reserved"));
    assertEquals(4, stock.getInt("available"));

    Api.Reply blocked = adjust(tea, layout.bins().get(2), null, null, -1);
    assertEquals(409, blocked.status(), "reserved units cannot be adjusted away: " + blocked);

    Api.Reply cancelled = shop.post("/api/v1/orders/" + order + "/cancellation", Json.object("reason", "buyer changed mind"));
    assertEquals(200, cancelled.status(), cancelled.toString());
    JsonObject after = shop.get("/api/v1/stock/" + tea).json();
    assertEquals(0, after.getInt("reserved"), "cancel releases the reservation");
    assertEquals(7, after.getInt("available"));
    assertEquals(Map.of(), reservedByBin(tea));

    assertEquals(7, com.fulfil.testing.StockJournal.sum("alfa", tea), "on hand = sum of movements after reservations and release");
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"));
  }

  @Test
  void theShopTracesItsReservedFigureToItsOrdersAndAnotherShopFindsNothing() throws Exception {
    String tea = newSku(aSku().withBarcode(randomEan13()));
    adjust(tea, layout.bins().get(0), null, null, 2);
    adjust(tea, layout.bins().get(1), null, null, 5);
    String first = order(Map.of(tea, 3));
    confirm(first);
    String second = order(Map.of(tea, 1));
    confirm(second);

    JsonObject stock = shop.get("/api/v1/stock/" + tea).json();
    assertEquals(4, stock.getInt("reserved"));
    Api.Reply page = shop.get("/api/v1/stock/" + tea + "/reservations?limit=2");
    assertEquals(200, page.status(), page.toString());
    java.util.List<JsonObject> rows = new java.util.ArrayList<>();
    page.items().forEach(v -> rows.add(v.asJsonObject()));
    String cursor = page.json().getString("nextCursor", null);
    assertTrue(cursor != null, "3 reservations, 2 a page: " + page);
    Api.Reply next = shop.get("/api/v1/stock/" + tea + "/reservations?limit=2&cursor=" + cursor);
    next.items().forEach(v -> rows.add(v.asJsonObject()));
    assertTrue(next.json().isNull("nextCursor"), next.toString());

    assertEquals(3, rows.size(), "the first order took 2 from one bin and 1 from the other: " + rows);
    assertEquals(second, rows.get(0).getString("orderId"), "newest first");
    assertEquals(stock.getInt("reserved"), rows.stream().mapToInt(r -> r.getInt("qty")).sum(), "the figure is the sum of its reservations");
    Map<String, Integer> byBin = new LinkedHashMap<>();
    rows.stream().filter(r -> r.getString("orderId").equals(first)).forEach(r -> byBin.merge(r.getString("bin"), r.getInt("qty"), Integer::sum));
    assertEquals(Map.of(layout.bins().get(0), 2, layout.bins().get(1), 1), byBin);
    assertTrue(rows.get(0).isNull("lot"));

    Api.Reply bad = shop.get("/api/v1/stock/" + tea + "/reservations?cursor=bm9wZQ");
    assertEquals(400, bad.status(), bad.toString());
    Api bravo = Api.at(url).asUser("bravo-admin");
    Api.Reply other = bravo.get("/api/v1/stock/" + tea + "/reservations");
    assertEquals(404, other.status(), other.toString());
    assertTrue(other.contentType().startsWith("application/problem+json"));

    assertEquals(200, shop.post("/api/v1/orders/" + second + "/cancellation", Json.object("reason", "changed mind")).status());
    JsonArray left = shop.get("/api/v1/stock/" + tea + "/reservations").items();
    assertEquals(2, left.size(), "a released reservation is no longer listed: " + left);
    assertTrue(left.stream().allMatch(r -> r.asJsonObject().getString("orderId").equals(first)));
  }

  @Test
  void expiryTrackedStockIsReservedSoonestExpiryFirstAndNeverExpired() throws Exception {
    String milk = newSku(aSku().withBarcode(randomEan13()).expiryTracked());
    adjust(milk, layout.bins().get(0), "L-LATE", "2099-06-01", 5);
    adjust(milk, layout.bins().get(1), "L-OLD", "2020-01-01", 10);
    adjust(milk, layout.bins().get(2), "L-SOON", "2098-12-31", 2);

    String order = order(Map.of(milk, 3));
    confirm(order);
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + order).json().getString("status"));
    Map<String, Integer> reservedByLot = new LinkedHashMap<>();
    shop.get("/api/v1/stock/" + milk).json().getJsonArray("lots").forEach(l ->
        reservedByLot.put(l.asJsonObject().getString("lot"), l.asJsonObject().getInt("reserved")));
    assertEquals(Map.of("L-OLD", 0, "L-SOON", 2, "L-LATE", 1), reservedByLot);

    String tooMuch = order(Map.of(milk, 5));
    confirm(tooMuch);
    assertEquals("BACKORDERED", shop.get("/api/v1/orders/" + tooMuch).json().getString("status"),
        "4 good units are left; the 10 expired ones are not given out");
  }

  @Test
  void withoutEnoughStockTheOrderIsBackorderedUntilStockArrives() {
    String tea = newSku(aSku().withBarcode(randomEan13()));
    String coffee = newSku(aSku().withBarcode(randomEan13()));
    adjust(tea, layout.bins().get(0), null, null, 5);

    String order = order(Map.of(tea, 1, coffee, 2));
    confirm(order);
    assertEquals("BACKORDERED", shop.get("/api/v1/orders/" + order).json().getString("status"));
    JsonArray timeline = shop.get("/api/v1/orders/" + order + "/timeline").items();
    assertEquals("short: " + coffee + " × 2", timeline.getJsonObject(timeline.size() - 1).getString("reason"));
    assertEquals(0, shop.get("/api/v1/stock/" + tea).json().getInt("reserved"), "all of the order or nothing");

    adjust(coffee, layout.bins().get(1), null, null, 1);
    assertEquals("BACKORDERED", shop.get("/api/v1/orders/" + order).json().getString("status"), "1 of 2 is still short");
    adjust(coffee, layout.bins().get(2), null, null, 1);
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + order).json().getString("status"), "stock arrived: allocated");
    JsonArray after = shop.get("/api/v1/orders/" + order + "/timeline").items();
    assertEquals("stock arrived; reserved 3 unit(s)", after.getJsonObject(after.size() - 1).getString("reason"));
    assertEquals(1, shop.get("/api/v1/stock/" + tea).json().getInt("reserved"));
    assertEquals(2, shop.get("/api/v1/stock/" + coffee).json().getInt("reserved"));

    Api.Reply cancelled = shop.post("/api/v1/orders/" + order + "/cancellation", Json.object("reason", "no longer wanted"));
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals(0, shop.get("/api/v1/stock/" + coffee).json().getInt("reserved"));
  }

  /**
   * 20 orders of one unit each, confirmed at once by 20 threads, compete for the last 5 units of a
   * SKU (spread over two bins): exactly 5 are allocated and 5 units reserved, never more.
   */
  @Test
  void twentyConcurrentConfirmationsNeverReserveMoreThanIsAvailable() throws Exception {
    String tea = newSku(aSku().withBarcode(randomEan13()));
    adjust(tea, layout.bins().get(0), null, null, 3);
    adjust(tea, layout.bins().get(1), null, null, 2);
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      orders.add(order(Map.of(tea, 1)));
    }
    operator.get("/api/v1/ops/warehouse/zones"); // warm the token cache before the race

    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (String order : orders) {
        results.add(pool.submit(() -> {
          start.await();
          return operator.post("/api/test/orders/alfa/" + order + "/confirmation", "").status();
        }));
      }
      start.countDown();
      for (Future<Integer> r : results) {
        assertEquals(204, r.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (String order : orders) {
      statuses.merge(shop.get("/api/v1/orders/" + order).json().getString("status"), 1, Integer::sum);
    }
    assertEquals(Map.of("ALLOCATED", 5, "BACKORDERED", 15), statuses);
    JsonObject stock = shop.get("/api/v1/stock/" + tea).json();
    assertEquals(5, stock.getInt("reserved"));
    assertEquals(0, stock.getInt("available"));
    assertEquals(5, reservedByBin(tea).values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(5, activeReservationUnits(tea), "reservation rows agree with the balances");
    System.out.printf("allocation race: 20 confirmations, %s, 5 units reserved of 5%n", statuses);
  }

  private void confirm(String order) {
    Api.Reply r = operator.post("/api/test/orders/alfa/" + order + "/confirmation", "");
    assertEquals(204, r.status(), r.toString());
  }

  private String order(Map<String, Integer> lines) {
    jakarta.json.JsonArrayBuilder l = jakarta.json.Json.createArrayBuilder();
    lines.forEach((sku, qty) -> l.add(Json.builder("sku", sku, "qty", qty)));
    String body = Json.builder("paymentForm", "COD_CASH", "deliveryMethod", "COURIER")
        .add("buyer", Json.builder("name", "Иван Петров", "phone", "+79161234567")
            .add("address", Json.builder("country", "RU", "region", "Москва", "city", "Москва", "street", "ул. Ленина, 1")))
        .add("lines", l)
        .build().toString();
    Api.Reply r = shop.post("/api/v1/orders", body);
    assertEquals(201, r.status(), r.toString());
    assertEquals("AWAITING_CONFIRMATION", r.json().getString("status"));
    return r.json().getString("id");
  }

  private String newSku(SkuBuilder sku) {
    Api.Reply r = shop.post("/api/v1/catalogue/skus", sku.json());
    assertEquals(201, r.status(), r.toString());
    return sku.code();
  }

  private Api.Reply adjust(String sku, String bin, String lot, String expiry, int qty) {
    Api.Reply r = storekeeper.post("/api/v1/ops/stock/adjustments", Json.object(
        "tenant", "alfa", "sku", sku, "bin", bin, "lot", lot, "expiry", expiry, "qty", qty, "reason", "test stock"));
    if (qty > 0) {
      assertEquals(201, r.status(), r.toString());
    }
    return r;
  }

  /** Reserved units per bin barcode (bins with none left out), read by SQL in alfa's scope. */
  private static Map<String, Integer> reservedByBin(String sku) throws Exception {
    Map<String, Integer> out = new LinkedHashMap<>();
    query("select bin.barcode, b.reserved from wh_stock_balance b join wh_bin bin on bin.id = b.bin_id"
        + " where b.tenant_id = 'alfa' and b.sku = ? and b.reserved > 0", sku, rs -> out.put(rs.getString(1), rs.getInt(2)));
    return out;
  }

  private static int activeReservationUnits(String sku) throws Exception {
    int[] sum = {0};
    query("select coalesce(sum(qty), 0) from wh_reservation where tenant_id = 'alfa' and sku = ? and released_at is null",
        sku, rs -> sum[0] = rs.getInt(1));
    return sum[0];
  }

  private interface RowReader {
    void read(ResultSet rs) throws Exception;
  }

  private static void query(String sql, String sku, RowReader reader) throws Exception {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', 'alfa', true)")) {
        set.execute();
      }
      try (PreparedStatement q = c.prepareStatement(sql)) {
        q.setString(1, sku);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
      c.commit();
    }
  }
}
