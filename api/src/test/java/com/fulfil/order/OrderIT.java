package com.fulfil.order;

import static com.fulfil.testing.SkuBuilder.aSku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.TestTenants;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Order intake, search, cancellation and the timeline, through the API as a shop uses them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderIT {

  static final String ORDERS = "/api/v1/orders";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Api manager;
  SkuBuilder tea;
  SkuBuilder sugar;

  @BeforeEach
  void shopWithTwoSkus() {
    api = Api.at(url);
    TestTenants.ensure(api);
    manager = api.asUser("alfa-manager");
    tea = aSku().priceMinor(129_900);
    sugar = aSku().priceMinor(8_950);
    for (SkuBuilder sku : List.of(tea, sugar)) {
      Api.Reply created = manager.post("/api/v1/catalogue/skus", sku.json());
      assertEquals(201, created.status(), created.toString());
    }
  }

  @Test
  void takesAnOrderNormalisesThePhoneDerivesTheBuyerZoneAndShowsTheTimeline() {
    String ext = external();
    Api.Reply created = manager.post(ORDERS, order(ext).build().toString());
    assertEquals(201, created.status(), created.toString());
    JsonObject view = created.json();
    String id = view.getString("id");
    assertTrue(created.header("Location").orElseThrow().endsWith(ORDERS + "/" + id));
    assertEquals("AWAITING_CONFIRMATION", view.getString("status"), "intake moves the order on to confirmation");
    assertEquals("+79161234567", view.getJsonObject("buyer").getString("phone"));
    assertEquals("Asia/Yekaterinburg", view.getJsonObject("buyer").getString("timeZone"), "from Свердловская обл.");
    JsonObject totals = view.getJsonObject("totals");
    assertEquals(2 * 129_900 + 3 * 9_000, totals.getJsonNumber("goodsTotalMinor").longValue());
    assertEquals(30_000, totals.getJsonNumber("deliveryFeeMinor").longValue());
    assertEquals(2 * 129_900 + 3 * 9_000 + 30_000, totals.getJsonNumber("codAmountMinor").longValue());
    assertEquals("RUB", totals.getString("currency"));
    JsonArray lines = view.getJsonArray("lines");
    assertEquals(tea.code(), lines.getJsonObject(0).getString("sku"));
    assertEquals(129_900, lines.getJsonObject(0).getJsonNumber("unitPriceMinor").longValue(), "catalogue price");
    assertEquals(9_000, lines.getJsonObject(1).getJsonNumber("unitPriceMinor").longValue(), "the shop's price");

    Api.Reply read = manager.get(ORDERS + "/" + id);
    assertEquals(200, read.status());
    assertEquals(view, read.json());
    assertEquals(200, api.asUser("alfa-viewer").get(ORDERS + "/" + id).status(), "viewers read");

    JsonArray timeline = manager.get(ORDERS + "/" + id + "/timeline").items();
    assertEquals(2, timeline.size(), timeline.toString());
    JsonObject first = timeline.getJsonObject(0);
    assertEquals(1, first.getInt("sequence"));
    assertEquals(JsonValue.NULL, first.get("from"));
    assertEquals("RECEIVED", first.getString("to"));
    assertEquals("alfa-manager", first.getString("actor"));
    assertEquals("received via API", first.getString("reason"));
    JsonObject second = timeline.getJsonObject(1);
    assertEquals("RECEIVED", second.getString("from"));
    assertEquals("AWAITING_CONFIRMATION", second.getString("to"));
  }

  @Test
  void idempotencyKeyAndExternalNumberEachPreventADuplicate() throws SQLException {
    String ext = external();
    String body = order(ext).build().toString();
    String key = UUID.randomUUID().toString();
    Api.Reply first = manager.header("Idempotency-Key", key).post(ORDERS, body);
    assertEquals(201, first.status(), first.toString());
    Api.Reply replay = manager.header("Idempotency-Key", key).post(ORDERS, body);
    assertEquals(201, replay.status(), "the first answer, replayed");
    assertEquals(first.json().getString("id"), replay.json().getString("id"));

    Api.Reply again = manager.post(ORDERS, body);
    assertEquals(409, again.status(), again.toString());
    assertEquals(List.of("externalNumber"), again.problemFields());
    assertTrue(again.json().getString("detail").contains(first.json().getString("id")), "names the order the shop already has");
    assertEquals(1, ordersWithExternalNumber(ext));
  }

  @Test
  void aBatchTakesOrRefusesEachOrderOnItsOwn() throws SQLException {
    String good = external();
    String bad = external();
    String existing = external();
    assertEquals(201, manager.post(ORDERS, order(existing).build().toString()).status());
    JsonArrayBuilder items = Json.createArrayBuilder()
        .add(order(good))
        .add(order(bad).add("lines", Json.createArrayBuilder().add(line("NO-SUCH-SKU", 1)).add(line(tea.code(), 0))))
        .add(order(existing))
        .add("not an order")
        .add(order(good));
    Api.Reply reply = manager.post(ORDERS + "/batch", Json.createObjectBuilder().add("orders", items).build().toString());
    assertEquals(200, reply.status(), reply.toString());
    JsonArray results = reply.json().getJsonArray("results");
    assertEquals(5, results.size());
    assertEquals("created", results.getJsonObject(0).getString("status"));
    JsonObject refused = results.getJsonObject(1);
    assertEquals("rejected", refused.getString("status"));
    assertEquals(
        List.of("lines[0].sku", "lines[1].qty"),
        refused.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).sorted().toList());
    assertEquals("duplicate", results.getJsonObject(2).getString("status"));
    assertEquals("rejected", results.getJsonObject(3).getString("status"));
    assertEquals("duplicate", results.getJsonObject(4).getString("status"), "the same number twice in one batch");
    assertEquals(results.getJsonObject(0).getString("id"), results.getJsonObject(4).getString("id"));
    assertEquals(1, ordersWithExternalNumber(good));
    assertEquals(0, ordersWithExternalNumber(bad));
    assertEquals(1, ordersWithExternalNumber(existing));
  }

  @Test
  void aNumberRepeatedLaterInALongBatchIsADuplicateOfTheFirst() throws SQLException {
    String first = external();
    JsonArrayBuilder items = Json.createArrayBuilder().add(order(first));
    int size = BatchIntake.CHUNK * 2 + 3;
    for (int i = 1; i < size - 1; i++) {
      items.add(order(external()));
    }
    items.add(order(first));
    Api.Reply reply = manager.post(ORDERS + "/batch", Json.createObjectBuilder().add("orders", items).build().toString());
    assertEquals(200, reply.status(), reply.toString());
    JsonArray results = reply.json().getJsonArray("results");
    assertEquals(size, results.size());
    for (int i = 0; i < size - 1; i++) {
      assertEquals("created", results.getJsonObject(i).getString("status"), "order " + i);
      assertEquals(i, results.getJsonObject(i).getInt("index"));
    }
    JsonObject last = results.getJsonObject(size - 1);
    assertEquals("duplicate", last.getString("status"), "the same number, taken by the batch's first order");
    assertEquals(results.getJsonObject(0).getString("id"), last.getString("id"));
    assertEquals(1, ordersWithExternalNumber(first));
  }

  @Test
  void aBatchHoldsOneToAThousandOrders() {
    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    JsonObject one = order(null).build();
    for (int i = 0; i < 1_001; i++) {
      tooMany.add(one);
    }
    Api.Reply over = manager.post(ORDERS + "/batch", Json.createObjectBuilder().add("orders", tooMany).build().toString());
    assertEquals(400, over.status(), over.toString());
    assertEquals(List.of("orders"), over.problemFields());
    Api.Reply empty = manager.post(ORDERS + "/batch", "{\"orders\": []}");
    assertEquals(400, empty.status());
    assertEquals(List.of("orders"), empty.problemFields());
  }

  @Test
  void listsNewestFirstFilteredByStatusPhoneNumberAndDatesWithCounts() {
    Instant before = Instant.now().minusSeconds(1);
    String phone = "+7 912 " + (100 + (int) (Math.random() * 899)) + "-" + (10 + (int) (Math.random() * 89)) + "-" + (10 + (int) (Math.random() * 89));
    String a = manager.post(ORDERS, order(external()).add("buyer", buyer(phone)).build().toString()).json().getString("id");
    String b = manager.post(ORDERS, order(external()).add("buyer", buyer(phone)).build().toString()).json().getString("id");
    String bExt = manager.get(ORDERS + "/" + b).json().getString("externalNumber");
    assertEquals(200, manager.post(ORDERS + "/" + a + "/cancellation", "{\"reason\": \"дубль\"}").status());
    JsonObject countsBefore = manager.get(ORDERS + "/status-counts?receivedFrom=" + before).json();

    String byPhone = ORDERS + "?phone=" + enc("8" + phone.substring(2)) + "&receivedFrom=" + before;
    assertEquals(List.of(b, a), ids(list(byPhone).items()), "newest first, any written form of the phone");
    assertEquals(List.of(a), ids(list(byPhone + "&status=CANCELLED").items()));
    assertEquals(List.of(b, a), ids(list(byPhone + "&status=CANCELLED,AWAITING_CONFIRMATION").items()));
    assertEquals(List.of(b), ids(list(ORDERS + "?externalNumber=" + enc(bExt)).items()));
    List<String> older = ids(list(ORDERS + "?phone=" + enc(phone) + "&receivedTo=" + before).items());
    assertFalse(older.contains(a) || older.contains(b), "received before the range: " + older);

    Api.Reply page1 = list(byPhone + "&limit=1");
    assertEquals(List.of(b), ids(page1.items()));
    String cursor = page1.json().getString("nextCursor");
    assertEquals(List.of(a), ids(list(byPhone + "&limit=1&cursor=" + enc(cursor)).items()));

    JsonObject counts = countsBefore.getJsonObject("counts");
    assertEquals(OrderStatus.values().length, counts.size(), "every status, zero included");
    assertTrue(counts.getJsonNumber("CANCELLED").longValue() >= 1);
    assertTrue(counts.getJsonNumber("AWAITING_CONFIRMATION").longValue() >= 1);
    assertEquals(
        counts.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum(),
        countsBefore.getJsonNumber("total").longValue());

    assertEquals(List.of("status"), manager.get(ORDERS + "?status=LOST").problemFields());
    assertEquals(List.of("receivedFrom"), manager.get(ORDERS + "?receivedFrom=yesterday").problemFields());
    assertEquals(List.of("phone"), manager.get(ORDERS + "?phone=abc").problemFields());
  }

  @Test
  void cancellationNeedsAReasonIsRecordedAndHappensOnce() {
    String id = manager.post(ORDERS, order(external()).build().toString()).json().getString("id");
    Api.Reply noReason = manager.post(ORDERS + "/" + id + "/cancellation", "{}");
    assertEquals(400, noReason.status(), noReason.toString());
    assertEquals(List.of("reason"), noReason.problemFields());
    assertEquals("AWAITING_CONFIRMATION", manager.get(ORDERS + "/" + id).json().getString("status"), "nothing changed");

    Api.Reply cancelled = manager.post(ORDERS + "/" + id + "/cancellation", "{\"reason\": \"покупатель передумал\"}");
    assertEquals(200, cancelled.status(), cancelled.toString());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    JsonArray timeline = manager.get(ORDERS + "/" + id + "/timeline").items();
    JsonObject last = timeline.getJsonObject(timeline.size() - 1);
    assertEquals("AWAITING_CONFIRMATION", last.getString("from"));
    assertEquals("CANCELLED", last.getString("to"));
    assertEquals("alfa-manager", last.getString("actor"));
    assertEquals("покупатель передумал", last.getString("reason"));

    Api.Reply twice = manager.post(ORDERS + "/" + id + "/cancellation", "{\"reason\": \"ещё раз\"}");
    assertEquals(409, twice.status(), twice.toString());
    assertEquals(List.of("status"), twice.problemFields());
    assertEquals(timeline.size(), manager.get(ORDERS + "/" + id + "/timeline").items().size(), "no event for a refused move");
  }

  @Test
  void badInputNamesTheFieldAndStoresNothing() throws SQLException {
    String ext = external();
    assertRefused(order(ext).add("lines", Json.createArrayBuilder().add(line("NO-SUCH", 1))), "lines[0].sku");
    assertRefused(order(ext).add("lines", Json.createArrayBuilder().add(line(tea.code(), -2))), "lines[0].qty");
    assertRefused(order(ext).add("lines", Json.createArrayBuilder()), "lines");
    assertRefused(order(ext).add("currency", "USD"), "currency");
    assertRefused(order(ext).add("buyer", buyer("12345")), "buyer.phone");
    assertRefused(order(ext).add("paymentForm", "BARTER"), "paymentForm");
    assertRefused(order(ext).add("deliveryDate", "31.02.2030"), "deliveryDate");
    assertRefused(order(ext).add("codAmountMinor", 1), "codAmountMinor");
    assertRefused(order(ext).add("deliveryFeeMinor", "free"), "deliveryFeeMinor");
    Api.Reply malformed = manager.send("POST", ORDERS, "{\"externalNumber\": ", "application/json");
    assertEquals(400, malformed.status());
    assertTrue(malformed.contentType().startsWith("application/problem+json"));
    assertEquals(0, ordersWithExternalNumber(ext));

    Api.Reply viewer = api.asUser("alfa-viewer").post(ORDERS, order(ext).build().toString());
    assertEquals(403, viewer.status(), "viewers do not write");
    assertEquals(0, ordersWithExternalNumber(ext));
  }

  @Test
  void aCsvFileIsTakenWholeOrRefusedWithEveryErrorByLineAndColumn() throws SQLException {
    String ext1 = external();
    String ext2 = external();
    String header = "external_number,buyer_name,phone,country,region,city,street,payment_form,delivery_method,sku,qty,unit_price\n";
    String good = header
        + ext1 + ",Иван Петров,8 (916) 123-45-67,RU,Московская обл.,Химки,\"ул. Ленина, 1\",COD_CASH,COURIER," + tea.code() + ",2,1299.00\n"
        + ext2 + ",Анна,+375 29 123-45-67,BY,,Минск,пр. Независимости 5,PREPAID,POST," + sugar.code() + ",1,\n"
        + ext1 + ",,,,,,,,," + sugar.code() + ",3,\n";
    String bad = good.replace(ext1 + ",,,,,,,,," + sugar.code() + ",3,", ext1 + ",,,,,,,,,NOPE,0,")
        .replace("+375 29 123-45-67", "call me");
    Api.Reply refused = manager.send("POST", ORDERS + "/import", bad, "text/csv");
    assertEquals(422, refused.status(), refused.toString());
    List<String> where = refused.json().getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getInt("line") + ":" + e.getString("column"))
        .sorted()
        .toList();
    assertEquals(List.of("3:phone", "4:qty", "4:sku"), where);
    assertEquals(0, ordersWithExternalNumber(ext1));
    assertEquals(0, ordersWithExternalNumber(ext2), "all or nothing");

    Api.Reply taken = manager.send("POST", ORDERS + "/import", good, "text/csv");
    assertEquals(200, taken.status(), taken.toString());
    assertEquals(2, taken.json().getInt("imported"));
    JsonObject first = manager.get(ORDERS + "?externalNumber=" + enc(ext1)).items().getJsonObject(0);
    assertEquals(2, first.getJsonArray("lines").size(), "rows of one number are one order");
    assertEquals("+79161234567", first.getJsonObject("buyer").getString("phone"));
    JsonObject second = manager.get(ORDERS + "?externalNumber=" + enc(ext2)).items().getJsonObject(0);
    assertEquals("+375291234567", second.getJsonObject("buyer").getString("phone"));
    assertEquals("Europe/Minsk", second.getJsonObject("buyer").getString("timeZone"));
    assertEquals(0, second.getJsonObject("totals").getJsonNumber("codAmountMinor").longValue(), "prepaid");

    Api.Reply again = manager.send("POST", ORDERS + "/import", good, "text/csv");
    assertEquals(422, again.status(), "numbers the shop already has are errors of the file");
    assertEquals(1, ordersWithExternalNumber(ext1));
  }

  @Test
  void anOrderIdThatIsNotAUuidIsNotFound() {
    Api.Reply r = manager.get(ORDERS + "/not-a-uuid");
    assertEquals(404, r.status());
    assertNotEquals("", r.body());
    assertFalse(r.contentType().isEmpty());
  }

  // --- helpers

  private Api.Reply list(String path) {
    Api.Reply r = manager.get(path);
    assertEquals(200, r.status(), r.toString());
    return r;
  }

  private void assertRefused(JsonObjectBuilder order, String field) {
    Api.Reply r = manager.post(ORDERS, order.build().toString());
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    assertTrue(r.problemFields().contains(field), field + " in " + r);
  }

  private JsonObjectBuilder order(String externalNumber) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    if (externalNumber != null) {
      o.add("externalNumber", externalNumber);
    }
    return o.add("buyer", buyer("8 (916) 123-45-67"))
        .add("lines", Json.createArrayBuilder().add(line(tea.code(), 2)).add(line(sugar.code(), 3).add("unitPriceMinor", 9_000)))
        .add("deliveryFeeMinor", 30_000)
        .add("paymentForm", "COD_CASH")
        .add("deliveryMethod", "COURIER")
        .add("deliveryDate", LocalDate.now().plusDays(3).toString())
        .add("slotFrom", "10:00")
        .add("slotTo", "14:00")
        .add("notes", "домофон не работает");
  }

  private static JsonObjectBuilder buyer(String phone) {
    return Json.createObjectBuilder()
        .add("name", "Иван Петров")
        .add("phone", phone)
        .add("email", "ivan@example.ru")
        .add("address", Json.createObjectBuilder()
            .add("country", "RU")
            .add("region", "Свердловская обл.")
            .add("city", "Екатеринбург")
            .add("street", "ул. Малышева, 1, кв. 5")
            .add("postalCode", "620014"));
  }

  private static JsonObjectBuilder line(String sku, int qty) {
    return Json.createObjectBuilder().add("sku", sku).add("qty", qty);
  }

  private static String external() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 13);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonArray items) {
    return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
  }

  static long ordersWithExternalNumber(String externalNumber) throws SQLException {
    return Database.countAs(TestTenants.ALFA, "select count(*) from ord_order where external_number = ?", externalNumber);
  }
}
