package com.fulfil.picking;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.fulfilment.ConfirmationProbe;
import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.StockJournal;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Picking: waves by cut-off, priority and age; each order released once; pickers claim distinct
 * lists; wrong scans refused with nothing moved; a full pick moves stock and consumes the
 * reservation with the books agreeing; a short pick raises an exception; figures from the scan log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PickingIT {

  static final String WAVES = "/api/v1/ops/picking/waves";
  static final String LISTS = "/api/v1/ops/picking/lists";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application().addClass(ConfirmationProbe.class);
  }

  @ArquillianResource URL url;
  Api api;
  Api shop;
  Api storekeeper;
  Api operator;
  WarehouseLayout layout;

  @BeforeEach
  void setUp() {
    api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    storekeeper = api.asUser("storekeeper");
    operator = api.asUser("operator");
    layout = WarehouseLayout.create(api, 4);
  }

  @Test
  void aWaveTakesEarliestCutoffThenPriorityThenAgeAndMovesTheOrdersToPicking() {
    Sku tea = sku();
    stock(tea, 0, 20);
    String courierOld = allocatedOrder(Map.of(tea.code, 1), "COURIER", null);
    String courierNew = allocatedOrder(Map.of(tea.code, 1), "COURIER", null);
    String courierDated = allocatedOrder(Map.of(tea.code, 1), "COURIER", LocalDate.now().plusDays(2).toString());
    String post = allocatedOrder(Map.of(tea.code, 1), "POST", null);
    String locker = allocatedOrder(Map.of(tea.code, 1), "PARCEL_LOCKER", null);

    Api.Reply wave = storekeeper.post(WAVES, Json.object(
        "tenant", "alfa", "maxOrders", 4, "orderIds", List.of(locker, courierNew, post, courierOld, courierDated)));
    assertEquals(201, wave.status(), wave.toString());
    List<String> released = wave.json().getJsonArray("lists").stream().map(l -> l.asJsonObject().getString("orderId")).toList();
    assertEquals(List.of(post, courierDated, courierOld, courierNew), released,
        "POST (cut-off 12:00) first; COURIER (14:00) with a delivery date before the undated, then oldest; PARCEL_LOCKER (16:00) waits");
    String code = wave.json().getString("code");

    for (String order : released) {
      assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"));
      JsonArray timeline = shop.get("/api/v1/orders/" + order + "/timeline").items();
      JsonObject last = timeline.getJsonObject(timeline.size() - 1);
      assertEquals("PICKING", last.getString("to"));
      assertEquals("storekeeper", last.getString("actor"), "the event says who released it");
      assertEquals("released for picking in wave " + code, last.getString("reason"), "and why");
    }
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + locker).json().getString("status"));
    wave.json().getJsonArray("lists").forEach(l -> assertTrue(l.asJsonObject().getString("tote").startsWith("TOTE-")));
  }

  @Test
  void anOrderIsReleasedOnceAndAnOrderNotAllocatedIsRefused() throws Exception {
    Sku tea = sku();
    stock(tea, 0, 5);
    String order = allocatedOrder(Map.of(tea.code, 2), "COURIER", null);
    assertEquals(201, storekeeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", List.of(order))).status());

    Api.Reply again = storekeeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", List.of(order)));
    assertEquals(409, again.status(), again.toString());
    assertTrue(again.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("orderIds"), again.problemFields());
    assertEquals(1, count("alfa", "select count(*) from wh_pick_list where order_id = cast(? as uuid)", order), "one list per order");

    String awaiting = order(Map.of(tea.code, 1), "COURIER", null);
    Api.Reply notAllocated = storekeeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", List.of(awaiting)));
    assertEquals(409, notAllocated.status(), notAllocated.toString());
    assertEquals(List.of("orderIds"), notAllocated.problemFields());
    assertEquals(0, count("alfa", "select count(*) from wh_pick_list where order_id = cast(? as uuid)", awaiting));
    assertEquals("AWAITING_CONFIRMATION", shop.get("/api/v1/orders/" + awaiting).json().getString("status"));
  }

  /**
   * Two storekeepers (eight requests) release the same order at the same moment: exactly one
   * wave, the others 409 naming orderIds with nothing stored; one list; PICKING once in the timeline.
   */
  @Test
  void concurrentReleasesOfTheSameOrderMakeOneWaveAndTheRestConflict() throws Exception {
    Sku tea = sku();
    stock(tea, 0, 5);
    String order = allocatedOrder(Map.of(tea.code, 1), "COURIER", null);
    List<Api> keepers = List.of(storekeeper, api.asUser("warehouse-lead"));
    long wavesBefore = count("alfa", "select count(*) from wh_wave where tenant_id = ?", "alfa");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> releases = new ArrayList<>();
    List<Api.Reply> replies = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Api keeper = keepers.get(i % 2);
        releases.add(pool.submit(() -> {
          start.await();
          return keeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", List.of(order)));
        }));
      }
      start.countDown();
      for (Future<Api.Reply> f : releases) {
        replies.add(f.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    List<Api.Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
    assertEquals(1, created.size(), replies.toString());
    for (Api.Reply r : replies) {
      if (r.status() != 201) {
        assertProblem(r, 409, "orderIds");
      }
    }
    assertEquals(order, created.get(0).json().getJsonArray("lists").getJsonObject(0).getString("orderId"));
    assertEquals(wavesBefore + 1, count("alfa", "select count(*) from wh_wave where tenant_id = ?", "alfa"), "the losers stored no wave");
    assertEquals(1, count("alfa", "select count(*) from wh_pick_list where order_id = cast(? as uuid)", order), "one list");
    assertEquals(1, count("alfa", "select count(*) from wh_pick p join wh_pick_list l on l.id = p.list_id where l.order_id = cast(? as uuid)", order),
        "one pick for the one line");
    assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"));
    long picking = shop.get("/api/v1/orders/" + order + "/timeline").items().stream()
        .filter(e -> "PICKING".equals(e.asJsonObject().getString("to"))).count();
    assertEquals(1, picking, "PICKING once in the order's timeline");
  }

  /**
   * A storekeeper cancels a released list nobody started: CANCELLED and gone from the queue, the
   * order back PICKING → ALLOCATED with the reason and its reservations untouched, released again
   * by a later wave with a new list. A claimed list cannot be cancelled (409 naming status).
   */
  @Test
  void anUnstartedListIsCancelledAndALaterWaveReleasesTheOrderAgain() throws Exception {
    Sku tea = sku();
    stock(tea, 0, 10);
    String order = allocatedOrder(Map.of(tea.code, 2), "COURIER", null);
    JsonObject wave = release(List.of(order));
    String list = wave.getJsonArray("lists").getJsonObject(0).getString("listId");
    String cancellation = LISTS + "/" + list + "/cancellation";
    String reservations = "select count(*) from wh_reservation where order_id = cast(? as uuid) and released_at is null";
    long reserved = count("alfa", reservations, order);
    assertTrue(reserved > 0);

    assertProblem(storekeeper.post(cancellation, Json.object("tenant", "alfa")), 400, "reason");
    assertProblem(storekeeper.post(cancellation, Json.object("tenant", "alfa", "reason", " ")), 400, "reason");
    assertProblem(storekeeper.post(LISTS + "/not-a-list/cancellation", Json.object("tenant", "alfa", "reason", "x")), 400, "id");
    assertEquals(404, storekeeper.post(cancellation, Json.object("tenant", "bravo", "reason", "x")).status(), "another shop's list");
    assertEquals(403, api.asUser("picker18").post(cancellation, Json.object("tenant", "alfa", "reason", "x")).status());
    assertEquals(403, shop.post(cancellation, Json.object("tenant", "alfa", "reason", "x")).status());
    assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"), "nothing changed on error");

    Api.Reply cancelled = storekeeper.post(cancellation, Json.object("tenant", "alfa", "reason", "carrier changed, next wave"));
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals("storekeeper", cancelled.json().getString("cancelledBy"));
    assertEquals(order, cancelled.json().getString("orderId"));
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + order).json().getString("status"));
    JsonArray timeline = shop.get("/api/v1/orders/" + order + "/timeline").items();
    JsonObject last = timeline.getJsonObject(timeline.size() - 1);
    assertEquals("PICKING", last.getString("from"));
    assertEquals("ALLOCATED", last.getString("to"));
    assertEquals("storekeeper", last.getString("actor"));
    assertEquals("carrier changed, next wave", last.getString("reason"));
    assertEquals(reserved, count("alfa", reservations, order), "its reservations are untouched");
    assertEquals(2, shop.get("/api/v1/stock/" + tea.code).json().getInt("reserved"));
    assertEquals(204, api.asUser("picker18").post(LISTS + "/next", Json.object("wave", wave.getString("id"))).status(),
        "the cancelled list left the pickers' queue");
    assertProblem(storekeeper.post(cancellation, Json.object("tenant", "alfa", "reason", "again")), 409, "status");

    JsonObject again = release(List.of(order));
    String second = again.getJsonArray("lists").getJsonObject(0).getString("listId");
    assertFalse(list.equals(second), "a new list");
    assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"));
    assertEquals(2, count("alfa", "select count(*) from wh_pick_list where order_id = cast(? as uuid)", order));
    assertEquals(1, count("alfa", "select count(*) from wh_pick_list where order_id = cast(? as uuid) and status <> 'CANCELLED'", order),
        "one live list per order");
    assertProblem(storekeeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", List.of(order))), 409, "orderIds");

    Api.Reply claimed = api.asUser("picker18").post(LISTS + "/next", Json.object("wave", again.getString("id")));
    assertEquals(200, claimed.status(), claimed.toString());
    assertEquals(second, claimed.json().getString("id"));
    assertProblem(storekeeper.post(LISTS + "/" + second + "/cancellation", Json.object("tenant", "alfa", "reason", "too late")), 409, "status");
    assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"));
    assertEquals(1, count("alfa", "select count(*) from wh_pick_list where id = cast(? as uuid) and status = 'CLAIMED'", second));
  }

  /**
   * A storekeeper cancels a list at the moment a picker claims it: whichever comes first wins and
   * the other is told so (cancelled: the claim finds nothing; claimed: 409 naming status), never a
   * 500 nor a list both cancelled and held, and the order's status matches the list's.
   */
  @Test
  void aCancellationRacingAClaimLeavesOneConsistentOutcome() throws Exception {
    Sku tea = sku();
    stock(tea, 0, 10);
    Api picker = api.asUser("picker19");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        String order = allocatedOrder(Map.of(tea.code, 1), "COURIER", null);
        JsonObject wave = release(List.of(order));
        String list = wave.getJsonArray("lists").getJsonObject(0).getString("listId");
        String reason = "race " + round;
        CountDownLatch start = new CountDownLatch(1);
        Future<Api.Reply> cancel = pool.submit(() -> {
          start.await();
          return storekeeper.post(LISTS + "/" + list + "/cancellation", Json.object("tenant", "alfa", "reason", reason));
        });
        Future<Api.Reply> claim = pool.submit(() -> {
          start.await();
          return picker.post(LISTS + "/next", Json.object("wave", wave.getString("id")));
        });
        start.countDown();
        Api.Reply cancelled = cancel.get(2, TimeUnit.MINUTES);
        Api.Reply claimed = claim.get(2, TimeUnit.MINUTES);
        String status = shop.get("/api/v1/orders/" + order).json().getString("status");
        if (cancelled.status() == 200) {
          assertEquals(204, claimed.status(), "the cancelled list is not handed out: " + claimed);
          assertEquals("ALLOCATED", status);
          assertEquals(1, count("alfa", "select count(*) from wh_pick_list where id = cast(? as uuid) and status = 'CANCELLED' and picker is null", list));
        } else {
          assertProblem(cancelled, 409, "status");
          assertEquals(200, claimed.status(), claimed.toString());
          assertEquals(list, claimed.json().getString("id"));
          assertEquals("PICKING", status);
          assertEquals(1, count("alfa", "select count(*) from wh_pick_list where id = cast(? as uuid) and status = 'CLAIMED' and picker = 'picker19'", list));
          // Finish it so that picker19 holds nothing in the next round.
          JsonObject done = pick(picker, list, layout.bins().get(0), tea.barcode, 1);
          assertEquals("PICKED", done.getString("status"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Ten pickers claim at the same moment from a wave of ten lists: each gets its own; an eleventh gets none. */
  @Test
  void twoPickersNeverGetTheSameList() throws Exception {
    Sku tea = sku();
    stock(tea, 0, 10);
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      orders.add(allocatedOrder(Map.of(tea.code, 1), "COURIER", null));
    }
    String wave = release(orders).getString("id");
    List<Api> pickers = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      Api picker = api.asUser(String.format("picker%02d", i));
      picker.get(LISTS + "/" + java.util.UUID.randomUUID()); // fetch the token before the race
      pickers.add(picker);
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> claims = new ArrayList<>();
    try {
      for (Api picker : pickers) {
        claims.add(pool.submit(() -> {
          start.await();
          return picker.post(LISTS + "/next", Json.object("wave", wave));
        }));
      }
      start.countDown();
      Set<String> lists = new HashSet<>();
      Set<String> claimedOrders = new HashSet<>();
      for (Future<Api.Reply> f : claims) {
        Api.Reply r = f.get(2, TimeUnit.MINUTES);
        assertEquals(200, r.status(), r.toString());
        lists.add(r.json().getString("id"));
        claimedOrders.add(r.json().getString("orderId"));
      }
      assertEquals(10, lists.size(), "ten pickers, ten different lists");
      assertEquals(new HashSet<>(orders), claimedOrders);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(204, api.asUser("picker11").post(LISTS + "/next", Json.object("wave", wave)).status(), "nothing left in the wave");
    Api.Reply mine = pickers.get(0).post(LISTS + "/next", Json.object("wave", wave));
    assertEquals(200, mine.status());
    assertEquals(1, count("alfa", "select count(*) from wh_pick_list where id = cast(? as uuid) and picker = 'picker01'",
        mine.json().getString("id")), "a picker who asks again gets back the list it holds");
  }

  @Test
  void wrongBinAndWrongItemAreRefusedAtOnceAndNothingMoves() throws Exception {
    Sku tea = sku();
    Sku coffee = sku();
    stock(tea, 1, 5);
    stock(coffee, 2, 5);
    String order = allocatedOrder(Map.of(tea.code, 2), "COURIER", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker12");
    JsonObject list = picker.post(LISTS + "/next", Json.object("wave", wave)).json();
    String id = list.getString("id");
    JsonObject current = list.getJsonObject("current");
    assertEquals(layout.bins().get(1), current.getString("bin"));
    assertEquals(tea.code, current.getString("sku"));
    assertEquals(tea.name, current.getString("name"));
    assertEquals(2, current.getInt("qty"));
    assertEquals("BIN", current.getString("step"));
    Instant from = Instant.now().minusSeconds(5);

    Api.Reply itemFirst = picker.post(LISTS + "/" + id + "/item-scans", Json.object("barcode", tea.barcode));
    assertEquals(409, itemFirst.status(), itemFirst.toString());
    assertEquals(List.of("barcode"), itemFirst.problemFields());

    Api.Reply wrongBin = picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", layout.bins().get(2)));
    assertEquals(422, wrongBin.status(), wrongBin.toString());
    assertTrue(wrongBin.contentType().startsWith("application/problem+json"));
    assertTrue(wrongBin.json().getString("type").endsWith("/wrong-bin"), wrongBin.toString());
    assertEquals(List.of("barcode"), wrongBin.problemFields());
    assertTrue(wrongBin.json().getString("detail").contains(layout.bins().get(1)), "names the bin to go to: " + wrongBin);
    assertEquals(422, picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", "NO-SUCH-BIN")).status());
    assertEquals("BIN", picker.get(LISTS + "/" + id).json().getJsonObject("current").getString("step"), "still waiting for the bin");

    Api.Reply rightBin = picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", layout.bins().get(1)));
    assertEquals(200, rightBin.status(), rightBin.toString());
    assertEquals("ITEM", rightBin.json().getJsonObject("current").getString("step"));

    Api.Reply wrongItem = picker.post(LISTS + "/" + id + "/item-scans", Json.object("barcode", coffee.barcode));
    assertEquals(422, wrongItem.status(), wrongItem.toString());
    assertTrue(wrongItem.json().getString("type").endsWith("/wrong-item"), wrongItem.toString());
    assertEquals(List.of("barcode"), wrongItem.problemFields());
    Api.Reply tooMany = picker.post(LISTS + "/" + id + "/confirmations", Json.object("qty", 1));
    assertEquals(409, tooMany.status(), "no units confirmed before the item is scanned: " + tooMany);

    JsonObject stock = shop.get("/api/v1/stock/" + tea.code).json();
    assertEquals(5, stock.getInt("onHand"), "nothing moved");
    assertEquals(2, stock.getInt("reserved"));
    assertEquals(5, StockJournal.sum("alfa", tea.code));
    assertEquals("ITEM", picker.get(LISTS + "/" + id).json().getJsonObject("current").getString("step"));

    JsonObject figures = storekeeper.get("/api/v1/ops/picking/pickers/performance?picker=picker12&from=" + from).json()
        .getJsonArray("pickers").getJsonObject(0);
    assertEquals("picker12", figures.getString("picker"));
    assertEquals(6, figures.getInt("scans"), "item-first, 2 wrong bins, right bin, wrong item, early qty: " + figures);
    assertEquals(5, figures.getInt("wrongScans"));
    assertEquals(167, figures.getInt("accuracyPermille"), "1 right of 6, in thousandths");
    assertEquals(0, figures.getInt("picks"));
    JsonArray rows = array(api.asUser("supervisor").get("/api/v1/ops/picking/pickers/scans?picker=picker12&from=" + from));
    assertEquals(6, rows.size(), "the figures are these rows: " + rows);
    assertEquals(5, rows.stream().filter(r -> !r.asJsonObject().getBoolean("ok")).count());
  }

  @Test
  void aFullPickMovesStockAlongTheWalkingPathAndConsumesTheReservation() throws Exception {
    Sku tea = sku();
    Sku coffee = sku();
    stock(coffee, 3, 4);
    stock(tea, 0, 6);
    String order = allocatedOrder(Map.of(coffee.code, 2, tea.code, 3), "COURIER", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker13");
    JsonObject list = picker.post(LISTS + "/next", Json.object("wave", wave)).json();
    String id = list.getString("id");
    String tote = list.getString("tote");
    List<String> path = list.getJsonArray("picks").stream().map(p -> p.asJsonObject().getString("bin")).toList();
    assertEquals(List.of(layout.bins().get(0), layout.bins().get(3)), path, "picks follow the walking path");

    pick(picker, id, layout.bins().get(0), tea.barcode, 3);
    assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"));
    assertEquals(404, api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote).status(), "not picked yet");
    JsonObject done = pick(picker, id, layout.bins().get(3), coffee.barcode2, 2);
    assertEquals("PICKED", done.getString("status"));
    assertNull(done.get("current") == JsonValue.NULL ? null : done.get("current"));

    JsonObject teaStock = shop.get("/api/v1/stock/" + tea.code).json();
    assertEquals(3, teaStock.getInt("onHand"));
    assertEquals(0, teaStock.getInt("reserved"));
    assertEquals(3, StockJournal.sum("alfa", tea.code), "on hand is the sum of the movements");
    assertEquals(2, StockJournal.sum("alfa", coffee.code));
    assertEquals(0, shop.get("/api/v1/stock/" + coffee.code).json().getInt("reserved"));
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"), "the books agree");
    assertEquals(0, count("alfa", "select count(*) from wh_reservation where order_id = cast(? as uuid) and released_at is null", order));
    assertEquals(2, count("alfa", "select count(*) from wh_stock_movement where reason = 'PICK' and reference = 'pick:' || ?", id));
    assertEquals("PICKING", shop.get("/api/v1/orders/" + order).json().getString("status"), "picked, waiting for packing");

    Api.Reply inTote = api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote);
    assertEquals(200, inTote.status(), inTote.toString());
    assertEquals(order, inTote.json().getString("orderId"));
    assertEquals("alfa", inTote.json().getString("tenant"));
    Map<String, Integer> items = new LinkedHashMap<>();
    inTote.json().getJsonArray("items").forEach(i -> items.put(i.asJsonObject().getString("sku"), i.asJsonObject().getInt("qty")));
    assertEquals(Map.of(tea.code, 3, coffee.code, 2), items);

    Api.Reply more = picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", layout.bins().get(0)));
    assertEquals(409, more.status(), "a picked list takes no more scans: " + more);
    assertEquals(1, api.asUser("supervisor").get("/api/v1/ops/picking/pickers/performance?picker=picker13").json()
        .getJsonArray("pickers").size());
    JsonObject figures = api.asUser("supervisor").get("/api/v1/ops/picking/pickers/performance?picker=picker13").json()
        .getJsonArray("pickers").getJsonObject(0);
    assertEquals(2, figures.getInt("picks"));
    assertEquals(6, figures.getInt("scans"));
    assertEquals(0, figures.getInt("wrongScans"));
    assertEquals(1000, figures.getInt("accuracyPermille"));
    long span = java.time.Duration.between(
        Instant.parse(figures.getString("firstScanAt")), Instant.parse(figures.getString("lastScanAt"))).toSeconds();
    assertEquals(Math.round(2 * 3600.0 / Math.max(60, span)), figures.getInt("picksPerHour"),
        "picks per hour between the first and last scan (a minute at least): " + figures);
  }

  @Test
  void aShortPickRaisesAnExceptionTheStorekeeperResolvesAndOtherShopsNeverSee() throws Exception {
    Sku tea = sku();
    stock(tea, 1, 3);
    String order = allocatedOrder(Map.of(tea.code, 3), "COURIER", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker14");
    String id = picker.post(LISTS + "/next", Json.object("wave", wave)).json().getString("id");
    assertEquals(200, picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", layout.bins().get(1))).status());
    assertEquals(200, picker.post(LISTS + "/" + id + "/item-scans", Json.object("barcode", tea.barcode)).status());
    Api.Reply overCount = picker.post(LISTS + "/" + id + "/confirmations", Json.object("qty", 4));
    assertEquals(422, overCount.status(), overCount.toString());
    assertEquals(List.of("qty"), overCount.problemFields());
    Api.Reply shortPick = picker.post(LISTS + "/" + id + "/confirmations", Json.object("qty", 1, "reason", "only one on the shelf"));
    assertEquals(200, shortPick.status(), shortPick.toString());
    assertEquals("SHORT", shortPick.json().getJsonArray("picks").getJsonObject(0).getString("status"));
    assertEquals("PICKED", shortPick.json().getString("status"), "every pick is done (one short)");

    JsonObject teaStock = shop.get("/api/v1/stock/" + tea.code).json();
    assertEquals(2, teaStock.getInt("onHand"), "the one found left the bin");
    assertEquals(0, teaStock.getInt("reserved"), "the reservation is consumed; the two not found are for the storekeeper to count");
    assertEquals(2, StockJournal.sum("alfa", tea.code));
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"));

    JsonObject exception = array(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa")).stream()
        .map(JsonValue::asJsonObject).filter(e -> e.getString("orderId").equals(order)).findFirst().orElseThrow();
    assertEquals(tea.code, exception.getString("sku"));
    assertEquals(layout.bins().get(1), exception.getString("bin"));
    assertEquals(3, exception.getInt("expected"));
    assertEquals(1, exception.getInt("picked"));
    assertEquals("only one on the shelf", exception.getString("reason"));
    assertEquals("picker14", exception.getString("raisedBy"));
    String exceptionId = exception.getString("id");

    assertFalse(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=bravo").body().contains(exceptionId), "bravo never sees alfa's");
    Api.Reply asBravo = storekeeper.post("/api/v1/ops/picking/exceptions/" + exceptionId + "/resolution",
        Json.object("tenant", "bravo", "note", "counted"));
    assertEquals(404, asBravo.status(), asBravo.toString());
    assertEquals(403, shop.get("/api/v1/ops/picking/exceptions?tenant=alfa").status(), "shops have no access to the warehouse's lists");

    Api.Reply noNote = storekeeper.post("/api/v1/ops/picking/exceptions/" + exceptionId + "/resolution", Json.object("tenant", "alfa"));
    assertEquals(400, noNote.status());
    assertEquals(List.of("note"), noNote.problemFields());
    Api.Reply resolved = storekeeper.post("/api/v1/ops/picking/exceptions/" + exceptionId + "/resolution",
        Json.object("tenant", "alfa", "note", "counted: 1 left, adjusted"));
    assertEquals(200, resolved.status(), resolved.toString());
    assertEquals("storekeeper", resolved.json().getString("resolvedBy"));
    assertEquals(409, storekeeper.post("/api/v1/ops/picking/exceptions/" + exceptionId + "/resolution",
        Json.object("tenant", "alfa", "note", "again")).status());
    assertFalse(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa").body().contains(exceptionId), "no longer open");
    assertTrue(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa&all=true").body().contains(exceptionId));
  }

  @Test
  void aShortPicksBinIsInDoubtUntilCountedThenItsUnitsArePromisedAgain() throws Exception {
    Sku tea = sku();
    stock(tea, 1, 4);
    String first = allocatedOrder(Map.of(tea.code, 3), "COURIER", null);
    String wave = release(List.of(first)).getString("id");
    Api picker = api.asUser("picker23");
    String list = picker.post(LISTS + "/next", Json.object("wave", wave)).json().getString("id");
    pick(picker, list, layout.bins().get(1), tea.barcode, 1); // one of three found; the books say 3 more lie there

    JsonObject doubted = shop.get("/api/v1/stock/" + tea.code).json();
    assertEquals(3, doubted.getInt("onHand"));
    assertEquals(3, doubted.getInt("blocked"), "the short bin's free units are in doubt: " + doubted);
    assertEquals(0, doubted.getInt("available"));
    JsonObject toCount = array(storekeeper.get("/api/v1/ops/stock/in-doubt?tenant=alfa")).stream().map(JsonValue::asJsonObject)
        .filter(d -> d.getString("sku").equals(tea.code)).findFirst()
        .orElseThrow(() -> new AssertionError("the storekeeper's bins to count name it"));
    assertEquals(layout.bins().get(1), toCount.getString("bin"));
    assertEquals(3, toCount.getInt("onHand"));
    assertProblem(storekeeper.get("/api/v1/ops/stock/in-doubt?tenant="), 400, "tenant");
    assertEquals(403, shop.get("/api/v1/ops/stock/in-doubt?tenant=alfa").status());
    String second = order(Map.of(tea.code, 1), "COURIER", null);
    assertEquals(204, operator.post("/api/test/orders/alfa/" + second + "/confirmation", "").status());
    assertEquals("BACKORDERED", shop.get("/api/v1/orders/" + second).json().getString("status"), "nothing is promised from a bin in doubt");
    String resolution = "/api/v1/ops/picking/exceptions/" + exceptionOf(first).getString("id") + "/resolution";
    Api.Reply refused = storekeeper.post(resolution, Json.object("tenant", "alfa", "action", "REPICK"));
    assertProblem(refused, 409, "action");
    assertTrue(refused.body().contains("0 of 2") && refused.body().contains(layout.bins().get(1)), refused.toString());

    // The storekeeper counts the bin: the three are there, the books were right.
    String code = storekeeper.post("/api/v1/ops/counts", Json.object("tenant", "alfa", "bins", List.of(layout.bins().get(1))))
        .json().getString("code");
    Api.Reply tally = storekeeper.post("/api/v1/ops/counts/" + code + "/tallies", jakarta.json.Json.createObjectBuilder()
        .add("bin", layout.bins().get(1))
        .add("items", jakarta.json.Json.createArrayBuilder().add(Json.builder("barcode", tea.barcode, "qty", 3)))
        .build().toString());
    assertEquals(200, tally.status(), tally.toString());
    assertEquals("CLOSED", tally.json().getString("status"), "no variance");

    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + second).json().getString("status"),
        "the waiting order is allocated once the bin is trusted again");
    assertFalse(storekeeper.get("/api/v1/ops/stock/in-doubt?tenant=alfa").body().contains(tea.code), "counted: no longer to count");
    Api.Reply repick = storekeeper.post(resolution, Json.object("tenant", "alfa", "action", "REPICK"));
    assertEquals(200, repick.status(), repick.toString());
    assertTrue(repick.json().getString("resolution").contains(layout.bins().get(1)), "re-picked from the counted bin: " + repick);
    JsonObject trusted = shop.get("/api/v1/stock/" + tea.code).json();
    assertEquals(0, trusted.getInt("blocked"), trusted.toString());
    assertEquals(3, trusted.getInt("reserved"), "1 for the second order, 2 for the re-pick");
    assertEquals(0, trusted.getInt("available"));
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"), "on hand is still the sum of movements");
  }

  /** The open short pick of the order, from the storekeeper's list of the shop's. */
  private JsonObject exceptionOf(String order) {
    return array(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa")).stream()
        .map(JsonValue::asJsonObject).filter(e -> e.getString("orderId").equals(order)).findFirst().orElseThrow();
  }

  @Test
  void aShortPickIsRePickedFromAnotherBinAndTheCompleteOrderGoesToPacking() throws Exception {
    Sku tea = sku();
    stock(tea, 1, 3);
    String order = allocatedOrder(Map.of(tea.code, 3), "COURIER", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker20");
    JsonObject list = picker.post(LISTS + "/next", Json.object("wave", wave)).json();
    String id = list.getString("id");
    String tote = list.getString("tote");
    assertEquals("PICKED", pick(picker, id, layout.bins().get(1), tea.barcode, 1).getString("status"), "one of three found");

    JsonObject exception = array(storekeeper.get("/api/v1/ops/picking/exceptions")).stream()
        .map(JsonValue::asJsonObject).filter(e -> e.getString("orderId").equals(order)).findFirst()
        .orElseThrow(() -> new AssertionError("the storekeeper's list of every shop has the short pick"));
    assertEquals("alfa", exception.getString("tenant"));
    assertEquals(id, exception.getString("listId"));
    assertEquals(tote, exception.getString("tote"));
    assertFalse(exception.containsKey("action"), "open: " + exception);
    String resolution = "/api/v1/ops/picking/exceptions/" + exception.getString("id") + "/resolution";
    JsonObject inTote = api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote).json();
    assertEquals(2, inTote.getInt("unitsShort"));
    assertEquals(1, inTote.getInt("openShortPicks"));

    Api.Reply nowhere = storekeeper.post(resolution, Json.object("tenant", "alfa", "action", "REPICK"));
    assertProblem(nowhere, 409, "action");
    assertTrue(nowhere.body().contains("0 of 2"), "says how many are free in bins not in doubt: " + nowhere);
    assertEquals(0, count("alfa", "select count(*) from wh_reservation where order_id = cast(? as uuid) and released_at is null", order),
        "a refused re-pick reserves nothing");
    assertEquals(1, count("alfa", "select count(*) from wh_pick where list_id = cast(? as uuid)", id), "and adds no pick");
    assertProblem(storekeeper.post(resolution, Json.object("tenant", "alfa", "action", "AGAIN")), 400, "action");

    stock(tea, 3, 5);
    Api.Reply repick = storekeeper.post(resolution, Json.object("tenant", "alfa", "action", "REPICK"));
    assertEquals(200, repick.status(), repick.toString());
    assertEquals("REPICK", repick.json().getString("action"));
    assertEquals("storekeeper", repick.json().getString("resolvedBy"));
    assertTrue(repick.json().getString("resolution").contains(layout.bins().get(3)), "the note says where from: " + repick);
    assertEquals(2, shop.get("/api/v1/stock/" + tea.code).json().getInt("reserved"), "the missing two are reserved in bin 3");
    assertEquals(404, api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote).status(), "back with the pickers, not packable");
    assertProblem(storekeeper.post(resolution, Json.object("tenant", "alfa", "action", "REPICK")), 409, "status");

    Api picker2 = api.asUser("picker21");
    JsonObject again = picker2.post(LISTS + "/next", Json.object("wave", wave)).json();
    assertEquals(id, again.getString("id"), "the same list, in the same tote");
    assertEquals(tote, again.getString("tote"));
    assertEquals(layout.bins().get(3), again.getJsonObject("current").getString("bin"));
    assertEquals(2, again.getJsonObject("current").getInt("qty"));
    assertEquals(1, again.getInt("picksDone"));
    assertEquals(2, again.getInt("picksTotal"));
    assertEquals("PICKED", pick(picker2, id, layout.bins().get(3), tea.barcode2, 2).getString("status"));

    JsonObject complete = api.asUser("packer").get("/api/v1/ops/picking/totes/" + tote).json();
    assertEquals(0, complete.getInt("unitsShort"), complete.toString());
    assertEquals(0, complete.getInt("openShortPicks"));
    assertEquals(3, complete.getJsonArray("items").stream().mapToInt(i -> i.asJsonObject().getInt("qty")).sum());
    Api.Reply parcel = api.asUser("packer").post("/api/v1/ops/packing/parcels", Json.object("tote", tote));
    assertEquals(201, parcel.status(), "the complete order is packed: " + parcel);

    JsonObject teaStock = shop.get("/api/v1/stock/" + tea.code).json();
    assertEquals(5, teaStock.getInt("onHand"), "bin 1 keeps its two unfound units for the count, bin 3 gave two of five");
    assertEquals(0, teaStock.getInt("reserved"));
    assertEquals(5, StockJournal.sum("alfa", tea.code));
    assertTrue(storekeeper.get("/api/v1/ops/stock/check?tenant=alfa").json().getBoolean("agrees"), "the books agree");
  }

  @Test
  void aRePickWhileThePickerStillHoldsTheListIsPickedAtTheEndOfIt() throws Exception {
    Sku tea = sku();
    Sku coffee = sku();
    stock(tea, 0, 2);
    stock(coffee, 1, 1);
    String order = allocatedOrder(Map.of(tea.code, 2, coffee.code, 1), "POST", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker22");
    String id = picker.post(LISTS + "/next", Json.object("wave", wave)).json().getString("id");
    JsonObject afterShort = pick(picker, id, layout.bins().get(0), tea.barcode, 1);
    assertEquals("CLAIMED", afterShort.getString("status"), "the coffee is still to pick");
    assertEquals(layout.bins().get(1), afterShort.getJsonObject("current").getString("bin"));

    stock(tea, 2, 4);
    String exception = array(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa")).stream()
        .map(JsonValue::asJsonObject).filter(e -> e.getString("orderId").equals(order)).findFirst().orElseThrow().getString("id");
    Api.Reply repick = storekeeper.post("/api/v1/ops/picking/exceptions/" + exception + "/resolution",
        Json.object("tenant", "alfa", "action", "REPICK", "note", "shelf above was empty too"));
    assertEquals(200, repick.status(), repick.toString());
    assertTrue(repick.json().getString("resolution").endsWith("; shelf above was empty too"), repick.toString());

    JsonObject held = picker.get(LISTS + "/" + id).json();
    assertEquals("CLAIMED", held.getString("status"), "the picker keeps the list");
    assertEquals(3, held.getInt("picksTotal"));
    assertEquals(layout.bins().get(1), held.getJsonObject("current").getString("bin"), "the coffee first, on the walk");
    assertEquals("CLAIMED", pick(picker, id, layout.bins().get(1), coffee.barcode, 1).getString("status"));
    JsonObject last = picker.get(LISTS + "/" + id).json().getJsonObject("current");
    assertEquals(layout.bins().get(2), last.getString("bin"), "then the re-pick, added at the end");
    assertEquals(1, last.getInt("qty"));
    assertEquals("PICKED", pick(picker, id, layout.bins().get(2), tea.barcode, 1).getString("status"));
    JsonObject tote = api.asUser("packer").get("/api/v1/ops/picking/totes/" + held.getString("tote")).json();
    assertEquals(0, tote.getInt("unitsShort"), tote.toString());
    assertEquals(3, count("alfa", "select count(*) from wh_stock_movement where reason = 'PICK' and reference = 'pick:' || ?", id),
        "three picks moved stock: 1 tea from bin 0, the coffee, 1 tea from bin 2");
  }

  @Test
  void anEmptyBinIsAShortPickOfNothing() throws Exception {
    Sku tea = sku();
    stock(tea, 2, 1);
    String order = allocatedOrder(Map.of(tea.code, 1), "POST", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker15");
    String id = picker.post(LISTS + "/next", Json.object("wave", wave)).json().getString("id");
    assertEquals(200, picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", layout.bins().get(2))).status());
    Api.Reply empty = picker.post(LISTS + "/" + id + "/confirmations", Json.object("qty", 0));
    assertEquals(200, empty.status(), empty.toString());
    assertEquals(1, shop.get("/api/v1/stock/" + tea.code).json().getInt("onHand"), "nothing left the bin");
    JsonObject exception = array(storekeeper.get("/api/v1/ops/picking/exceptions?tenant=alfa")).stream()
        .map(JsonValue::asJsonObject).filter(e -> e.getString("orderId").equals(order)).findFirst().orElseThrow();
    assertEquals("bin empty", exception.getString("reason"));
    assertEquals(0, exception.getInt("picked"));
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
    assertProblem(storekeeper.post(WAVES, Json.object("maxOrders", 1)), 400, "tenant");
    assertProblem(storekeeper.post(WAVES, Json.object("tenant", "alfa", "maxOrders", 0)), 400, "maxOrders");
    assertProblem(storekeeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", List.of("not-an-id"))), 400, "orderIds");
    assertProblem(storekeeper.post(WAVES, ""), 400, "body");
    assertProblem(storekeeper.put("/api/v1/ops/picking/cutoffs/COURIER", Json.object("cutoff", "25:99")), 400, "cutoff");
    assertProblem(storekeeper.put("/api/v1/ops/picking/cutoffs/bad-method", Json.object("cutoff", "10:00")), 400, "deliveryMethod");
    assertProblem(storekeeper.get("/api/v1/ops/picking/pickers/performance?from=yesterday"), 400, "from");
    assertProblem(storekeeper.get("/api/v1/ops/picking/pickers/scans"), 400, "picker");
    assertProblem(storekeeper.get("/api/v1/ops/picking/exceptions?all=true"), 400, "tenant");
    assertEquals(403, shop.post(WAVES, Json.object("tenant", "alfa")).status(), "shops do not release waves");
    assertEquals(403, storekeeper.post(LISTS + "/next", "{}").status(), "only pickers claim lists");

    Sku tea = sku();
    stock(tea, 0, 2);
    String order = allocatedOrder(Map.of(tea.code, 1), "COURIER", null);
    String wave = release(List.of(order)).getString("id");
    Api picker = api.asUser("picker16");
    String id = picker.post(LISTS + "/next", Json.object("wave", wave)).json().getString("id");
    assertProblem(picker.post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", " ")), 400, "barcode");
    assertProblem(picker.post(LISTS + "/" + id + "/confirmations", Json.object("qty", -1)), 400, "qty");
    assertProblem(picker.post(LISTS + "/" + id + "/confirmations", Json.object("reason", "x")), 400, "qty");
    assertProblem(picker.post(LISTS + "/next", Json.object("wave", "nope")), 400, "wave");
    assertEquals(404, api.asUser("picker17").get(LISTS + "/" + id).status(), "another picker's list is not found");
    assertEquals(404, api.asUser("picker17").post(LISTS + "/" + id + "/bin-scans", Json.object("barcode", layout.bins().get(0))).status());
    assertEquals(0, count("alfa", "select count(*) from wh_pick where list_id = cast(? as uuid) and bin_scanned", id), "nothing stored");

    Api.Reply cutoff = storekeeper.put("/api/v1/ops/picking/cutoffs/DRONE", Json.object("cutoff", "09:30"));
    assertEquals(200, cutoff.status(), cutoff.toString());
    assertTrue(storekeeper.get("/api/v1/ops/picking/cutoffs").body().contains("{\"cutoff\":\"09:30\",\"deliveryMethod\":\"DRONE\"}")
        || storekeeper.get("/api/v1/ops/picking/cutoffs").body().contains("{\"deliveryMethod\":\"DRONE\",\"cutoff\":\"09:30\"}"));
  }

  // --- helpers ---

  record Sku(String code, String name, String barcode, String barcode2) {}

  private Sku sku() {
    String ean = randomEan13();
    String code128 = "C128-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    SkuBuilder b = aSku().withBarcode(ean).withBarcode(code128);
    Api.Reply r = shop.post("/api/v1/catalogue/skus", b.json());
    assertEquals(201, r.status(), r.toString());
    return new Sku(b.code(), r.json().getString("name"), ean, code128);
  }

  private void stock(Sku sku, int bin, int qty) {
    Api.Reply r = storekeeper.post("/api/v1/ops/stock/adjustments", Json.object(
        "tenant", "alfa", "sku", sku.code, "bin", layout.bins().get(bin), "qty", qty, "reason", "test stock"));
    assertEquals(201, r.status(), r.toString());
  }

  private String order(Map<String, Integer> lines, String method, String deliveryDate) {
    jakarta.json.JsonArrayBuilder l = jakarta.json.Json.createArrayBuilder();
    lines.forEach((sku, qty) -> l.add(Json.builder("sku", sku, "qty", qty)));
    var body = Json.builder("paymentForm", "COD_CASH", "deliveryMethod", method)
        .add("buyer", Json.builder("name", "Иван Петров", "phone", "+79161234567")
            .add("address", Json.builder("country", "RU", "region", "Москва", "city", "Москва", "street", "ул. Ленина, 1")))
        .add("lines", l);
    if (deliveryDate != null) {
      body.add("deliveryDate", deliveryDate);
    }
    Api.Reply r = shop.post("/api/v1/orders", body.build().toString());
    assertEquals(201, r.status(), r.toString());
    return r.json().getString("id");
  }

  private String allocatedOrder(Map<String, Integer> lines, String method, String deliveryDate) {
    String order = order(lines, method, deliveryDate);
    Api.Reply r = operator.post("/api/test/orders/alfa/" + order + "/confirmation", "");
    assertEquals(204, r.status(), r.toString());
    assertEquals("ALLOCATED", shop.get("/api/v1/orders/" + order).json().getString("status"));
    return order;
  }

  private JsonObject release(List<String> orders) {
    Api.Reply r = storekeeper.post(WAVES, Json.object("tenant", "alfa", "orderIds", orders));
    assertEquals(201, r.status(), r.toString());
    return r.json();
  }

  /** Scan bin, scan item, confirm: the scanner's loop for one pick; returns the list after it. */
  private static JsonObject pick(Api picker, String list, String bin, String barcode, int qty) {
    Api.Reply b = picker.post(LISTS + "/" + list + "/bin-scans", Json.object("barcode", bin));
    assertEquals(200, b.status(), b.toString());
    Api.Reply i = picker.post(LISTS + "/" + list + "/item-scans", Json.object("barcode", barcode));
    assertEquals(200, i.status(), i.toString());
    assertEquals("QTY", i.json().getJsonObject("current").getString("step"));
    Api.Reply q = picker.post(LISTS + "/" + list + "/confirmations", Json.object("qty", qty));
    assertEquals(200, q.status(), q.toString());
    return q.json();
  }

  private static JsonArray array(Api.Reply r) {
    assertEquals(200, r.status(), r.toString());
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
  }

  private static void assertProblem(Api.Reply r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertEquals(List.of(field), r.problemFields(), r.toString());
  }

  private static long count(String tenant, String sql, String param) throws Exception {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, tenant);
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
