package com.fulfil.callcentre;

import static com.fulfil.testing.SkuBuilder.aSku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.TestTenants;
import com.fulfil.testing.WarehouseLayout;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
 * The operator's side of the call-centre through the API, with real tokens: tasks opened by new
 * orders, the next call claimed across shops (also by 20 operators at once), outcomes and their
 * effect on the order, retries, call-backs, claim expiry, reminders before courier slots, and the
 * refusals (bad input, shop users).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallCentreIT {

  private static final String NEXT = "/api/v1/ops/calls/next";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Api shop;
  Api operator;
  Api supervisor;
  String sku;
  ZoneId day;

  @BeforeEach
  void setUp() throws Exception {
    api = Api.at(url);
    TestTenants.ensure(api);
    shop = api.asUser("alfa-manager");
    operator = api.asUser("operator");
    supervisor = api.asUser("supervisor");
    var created = aSku();
    assertEquals(201, shop.post("/api/v1/catalogue/skus", created.json()).status());
    sku = created.code();
    day = CallDesk.zoneAtLocalHour(13);
    CallDesk.lapseClaimsOf("operator");
  }

  @Test
  void aNewOrderGetsAConfirmationCallDueAnHourAfterReceipt() {
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    Instant received = Instant.parse(order.getString("receivedAt"));
    JsonObject task = onlyTask(calls(order));
    assertEquals("CONFIRMATION", task.getString("kind"));
    assertEquals("OPEN", task.getString("state"));
    assertEquals(day.getId(), task.getString("buyerZone"));
    assertEquals(received, Instant.parse(task.getString("receivedAt")));
    assertEquals(received.plus(Duration.ofHours(1)), Instant.parse(task.getString("dueAt")));
    assertEquals(received, Instant.parse(task.getString("availableAt")), "callable at once, in the window");
  }

  @Test
  void aNightOrderIsDueWhenTheBuyersCallingWindowOpens() throws Exception {
    ZoneId night = CallDesk.zoneAtLocalHour(3);
    JsonObject order = CallDesk.order(shop, sku, night, "POST", null, null, null);
    Instant received = Instant.parse(order.getString("receivedAt"));
    ZonedDateTime local = received.atZone(night);
    Instant opening = local.toLocalDate().plusDays(local.getHour() >= 21 ? 1 : 0).atTime(LocalTime.of(9, 0)).atZone(night).toInstant();
    JsonObject task = onlyTask(calls(order));
    assertEquals(opening, Instant.parse(task.getString("dueAt")), "09:00 in the buyer's zone " + night);
    assertEquals(opening, Instant.parse(task.getString("availableAt")));

    // Even in front of the queue, a buyer in their night is not called.
    CallDesk.lapseClaimsOf("operator17");
    CallDesk.putInFront(id(order));
    Api.Reply next = api.asUser("operator17").post(NEXT, null);
    assertTrue(next.status() == 204 || !next.json().getString("taskId").equals(task.getString("id")), next.toString());
    assertEquals(JsonValue.NULL, onlyTask(calls(order)).get("claimedBy"));
    CallDesk.lapseClaimsOf("operator17");
  }

  @Test
  void theOperatorGetsTheMostUrgentCallWithScriptOrderAndStockAndTheSameCallOnReload() throws Exception {
    String textRu = "Здравствуйте! Меня зовут {оператор}, магазин Альфа-Маркет.";
    JsonObject current = supervisor.get("/api/v1/ops/callcentre/tenants/alfa/script").json();
    Api.Reply saved = supervisor.put("/api/v1/ops/callcentre/tenants/alfa/script",
        Json.object("textRu", textRu, "textEn", "Hello! This is Alfa-Market.", "version", current.getInt("version")));
    assertEquals(200, saved.status(), saved.toString());

    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    CallDesk.putInFront(id(order));
    long claimsAudited = claimsAudited();
    Api.Reply next = operator.post(NEXT, null);
    assertEquals(200, next.status(), next.toString());
    JsonObject call = next.json();
    assertEquals(claimsAudited + 1, claimsAudited(), "the shop's audit log names the operator who took its call");
    assertEquals(order.getString("id"), call.getJsonObject("order").getString("id"));
    assertEquals("alfa", call.getString("tenantId"));
    assertEquals("CONFIRMATION", call.getString("kind"));
    assertEquals(1, call.getInt("attempt"));
    assertEquals(textRu, call.getJsonObject("script").getString("textRu"));
    assertEquals(saved.json().getInt("version"), call.getJsonObject("script").getInt("version"));
    assertEquals("+79161234567", call.getJsonObject("order").getJsonObject("buyer").getString("phone"));
    JsonObject line = call.getJsonArray("lines").getJsonObject(0);
    assertEquals(sku, line.getString("sku"));
    assertTrue(line.getJsonObject("stock").getBoolean("known"), "the warehouse's figure: " + line);
    assertEquals(0, line.getJsonObject("stock").getInt("availableQty"), "nothing of the new SKU in stock");
    assertTrue(line.getBoolean("shortage"));
    assertEquals(0, line.getJsonArray("substitutes").size(), "the SKU has no substitutes");
    Instant claimedAt = Instant.parse(call.getString("claimedAt"));
    assertEquals(claimedAt.plus(Duration.ofMinutes(10)), Instant.parse(call.getString("claimedUntil")));

    Api.Reply again = operator.post(NEXT, null);
    assertEquals(call.getString("taskId"), again.json().getString("taskId"), "a reload gives the same call back");
    for (String field : List.of("kind", "dueAt", "claimedAt", "claimedUntil")) {
      assertEquals(call.get(field), again.json().get(field), "a reload shows the same claim: " + field);
    }
    assertEquals(1, again.json().getInt("attempt"));
    assertEquals("operator", onlyTask(calls(order)).getString("claimedBy"));
    record(operator, call, Json.object("outcome", "CONFIRMED"));
  }

  @Test
  void aShortLineShowsTheWarehouseStockAndTheSubstitutesThatCanCoverIt() throws Exception {
    WarehouseLayout layout = WarehouseLayout.create(api, 2);
    Api storekeeper = api.asUser("storekeeper");
    var plenty = aSku().name("Чай чёрный, аналог").priceMinor(99_000);
    var scarce = aSku().name("Чай жёлтый, аналог");
    var empty = aSku().name("Чай белый, аналог");
    for (var s : List.of(plenty, scarce, empty)) {
      assertEquals(201, shop.post("/api/v1/catalogue/skus", s.json()).status());
    }
    var wanted = aSku().substitutes(empty.code(), scarce.code(), plenty.code());
    Api.Reply created = shop.post("/api/v1/catalogue/skus", wanted.json());
    assertEquals(201, created.status(), created.toString());
    assertEquals(List.of(empty.code(), scarce.code(), plenty.code()),
        created.json().getJsonArray("substitutes").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString).toList(), "kept in the shop's order");
    stock(storekeeper, wanted.code(), layout.bins().get(0), 1);
    stock(storekeeper, scarce.code(), layout.bins().get(0), 1);
    stock(storekeeper, plenty.code(), layout.bins().get(1), 7);

    JsonObject order = CallDesk.order(shop, wanted.code(), day, "POST", null, null, null); // 2 units
    CallDesk.putInFront(id(order));
    JsonObject call = operator.post(NEXT, null).json();
    assertEquals(order.getString("id"), call.getJsonObject("order").getString("id"));
    JsonObject line = call.getJsonArray("lines").getJsonObject(0);
    assertEquals(1, line.getJsonObject("stock").getInt("availableQty"), "1 unit on the shelf: " + line);
    assertTrue(line.getBoolean("shortage"), "2 wanted, 1 available");
    JsonArray offers = line.getJsonArray("substitutes");
    assertEquals(1, offers.size(), "only an analogue that covers 2 units is offered: " + offers);
    JsonObject offer = offers.getJsonObject(0);
    assertEquals(plenty.code(), offer.getString("sku"));
    assertEquals("Чай чёрный, аналог", offer.getString("name"));
    assertEquals(7, offer.getInt("availableQty"));
    assertEquals(99_000, offer.getInt("unitPriceMinor"));
    CallDesk.lapseClaimsOf("operator");
  }

  private static void stock(Api storekeeper, String sku, String bin, int qty) {
    Api.Reply r = storekeeper.post("/api/v1/ops/stock/adjustments", Json.object(
        "tenant", "alfa", "sku", sku, "bin", bin, "lot", null, "expiry", null, "qty", qty, "reason", "test stock"));
    assertEquals(201, r.status(), r.toString());
  }

  @Test
  void confirmedWithEditsConfirmsTheOrderAndBadEditsStoreNothing() throws Exception {
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    JsonObject call = claim(operator, order);

    String badEdits = "{\"outcome\": \"CONFIRMED\", \"edits\": {\"lines\": [{\"sku\": \"NO-SUCH-SKU\", \"qty\": 1}]}}";
    Api.Reply bad = operator.post(outcomePath(call), badEdits);
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("edits.lines[0].sku"), bad.problemFields());
    assertEquals(0, onlyTask(calls(order)).getInt("attempts"), "no attempt stored");
    assertEquals("AWAITING_CONFIRMATION", shop.get("/api/v1/orders/" + id(order)).json().getString("status"));

    String edits = "{\"outcome\": \"CONFIRMED\", \"notes\": \"pays by card\", \"edits\": {\"paymentForm\": \"COD_CARD\","
        + " \"lines\": [{\"sku\": \"" + sku + "\", \"qty\": 1}]}}";
    JsonObject done = record(operator, call, edits);
    assertTrue(done.getBoolean("taskClosed"));
    assertEquals("CONFIRMED", done.getString("orderStatus"));
    JsonObject confirmed = shop.get("/api/v1/orders/" + id(order)).json();
    // Confirmed, then at once allocated by the warehouse, which has none of this SKU: backordered.
    assertEquals("BACKORDERED", confirmed.getString("status"));
    assertTrue(shop.get("/api/v1/orders/" + id(order) + "/timeline").items().stream()
        .anyMatch(e -> e.asJsonObject().getString("to").equals("CONFIRMED")), "the confirmation is in the timeline");
    assertEquals("COD_CARD", confirmed.getString("paymentForm"));
    assertEquals(1, confirmed.getJsonArray("lines").getJsonObject(0).getInt("qty"));
    JsonObject calls = calls(order);
    JsonObject attempt = calls.getJsonArray("attempts").getJsonObject(0);
    assertEquals("operator", attempt.getString("operator"));
    assertEquals("CONFIRMED", attempt.getString("outcome"));
    assertEquals("pays by card", attempt.getString("notes"));
    assertTrue(!Instant.parse(attempt.getString("endedAt")).isBefore(Instant.parse(attempt.getString("startedAt"))));
    assertEquals("CLOSED", onlyTask(calls).getString("state"));
    assertEquals(0, calls.getJsonArray("tasks").stream().filter(t -> t.asJsonObject().getString("kind").equals("PRE_DELIVERY")).count(),
        "no reminder for a parcel by post");
  }

  @Test
  void confirmedWithMoreOrFewerLinesKeepsExactlyTheEditedLinesAndTheirTotal() throws Exception {
    var other = aSku();
    assertEquals(201, shop.post("/api/v1/catalogue/skus", other.json()).status());
    String twoLines = "{\"outcome\": \"CONFIRMED\", \"edits\": {\"lines\": [{\"sku\": \"" + other.code() + "\", \"qty\": 3},"
        + " {\"sku\": \"" + sku + "\", \"qty\": 1}]}}";
    JsonObject grown = CallDesk.order(shop, sku, day, "POST", null, null, null);
    record(operator, claim(operator, grown), twoLines);
    assertLines(grown, List.of(other.code() + " x3", sku + " x1"));

    JsonObject shrunk = CallDesk.order(shop, jakarta.json.Json.createArrayBuilder()
        .add(jakarta.json.Json.createObjectBuilder().add("sku", sku).add("qty", 2))
        .add(jakarta.json.Json.createObjectBuilder().add("sku", other.code()).add("qty", 1)), day, "POST", null, null, null);
    record(operator, claim(operator, shrunk),
        "{\"outcome\": \"CONFIRMED\", \"edits\": {\"lines\": [{\"sku\": \"" + other.code() + "\", \"qty\": 4}]}}");
    assertLines(shrunk, List.of(other.code() + " x4"));
  }

  /** The order's lines as read back ({@code sku xQty}, in line order) and a goods total that is their sum. */
  private void assertLines(JsonObject order, List<String> expected) {
    JsonObject read = shop.get("/api/v1/orders/" + id(order)).json();
    JsonArray lines = read.getJsonArray("lines");
    assertEquals(expected, lines.stream().map(JsonValue::asJsonObject).map(l -> l.getString("sku") + " x" + l.getInt("qty")).toList());
    long sum = lines.stream().map(JsonValue::asJsonObject).mapToLong(l -> l.getJsonNumber("amountMinor").longValue()).sum();
    assertEquals(sum, read.getJsonObject("totals").getJsonNumber("goodsTotalMinor").longValue());
  }

  @Test
  void cancelledNeedsAReasonAndCancelsTheOrder() throws Exception {
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    JsonObject call = claim(operator, order);
    Api.Reply bad = operator.post(outcomePath(call), Json.object("outcome", "CANCELLED"));
    assertEquals(400, bad.status());
    assertEquals(List.of("reason"), bad.problemFields());
    JsonObject done = record(operator, call, Json.object("outcome", "CANCELLED", "reason", "found it cheaper elsewhere"));
    assertEquals("CANCELLED", done.getString("orderStatus"));
    assertEquals("CANCELLED", shop.get("/api/v1/orders/" + id(order)).json().getString("status"));
    assertEquals("found it cheaper elsewhere", calls(order).getJsonArray("attempts").getJsonObject(0).getString("reason"));
  }

  @Test
  void unreachableRetriesOnTheLadderThenHoldsTheOrder() throws Exception {
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    Duration[] waits = {Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofDays(1)};
    for (int i = 0; i < 5; i++) {
      JsonObject call = claim(operator, order);
      assertEquals(i + 1, call.getInt("attempt"));
      Instant before = Instant.now();
      JsonObject done = record(operator, call, Json.object("outcome", "UNREACHABLE", "notes", "no answer " + (i + 1)));
      Instant after = Instant.now();
      if (i < 4) {
        assertFalse(done.getBoolean("taskClosed"));
        assertEquals("AWAITING_CONFIRMATION", done.getString("orderStatus"));
        Instant nextCall = Instant.parse(done.getString("nextCallAt"));
        assertTrue(!nextCall.isBefore(before.plus(waits[i]).minusSeconds(1)) && !nextCall.isAfter(after.plus(waits[i])),
            "try " + (i + 2) + " is " + waits[i] + " later: " + nextCall);
      } else {
        assertTrue(done.getBoolean("taskClosed"));
        assertEquals("UNREACHABLE_HOLD", done.getString("orderStatus"));
      }
    }
    assertEquals("UNREACHABLE_HOLD", shop.get("/api/v1/orders/" + id(order)).json().getString("status"));
    JsonObject calls = calls(order);
    assertEquals(5, calls.getJsonArray("attempts").size());
    assertEquals(5, onlyTask(calls).getInt("unreachable"));
    assertTrue(calls.getJsonArray("attempts").getJsonObject(4).getBoolean("closesTask"));

    // The buyer rings back: the call-centre puts the order back into the queue with a new task.
    String resumption = "/api/v1/ops/callcentre/tenants/alfa/orders/" + order.getString("id") + "/calls/resumption";
    Api.Reply resumed = supervisor.post(resumption, Json.object("reason", "buyer called the shop"));
    assertEquals(200, resumed.status(), resumed.toString());
    List<JsonObject> tasks = resumed.json().getJsonArray("tasks").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(List.of("CLOSED", "OPEN"), tasks.stream().map(t -> t.getString("state")).toList());
    assertEquals(0, tasks.get(1).getInt("attempts"));
    assertEquals("AWAITING_CONFIRMATION", shop.get("/api/v1/orders/" + id(order)).json().getString("status"));
    Api.Reply again = supervisor.post(resumption, "{}");
    assertEquals(409, again.status(), "not on hold any more: " + again);
    assertEquals(List.of("status"), again.problemFields());
  }

  @Test
  void callBackAtATimeRequeuesTheCallAndANightTimeIsRefused() throws Exception {
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    JsonObject call = claim(operator, order);
    ZonedDateTime local = ZonedDateTime.now(day);
    String night = local.toLocalDate().plusDays(1).atTime(23, 0).atZone(day).toOffsetDateTime().toString();
    Api.Reply refused = operator.post(outcomePath(call), Json.object("outcome", "CALL_BACK", "callBackAt", night));
    assertEquals(400, refused.status(), refused.toString());
    assertEquals(List.of("callBackAt"), refused.problemFields());
    Api.Reply missing = operator.post(outcomePath(call), Json.object("outcome", "CALL_BACK"));
    assertEquals(List.of("callBackAt"), missing.problemFields());
    assertEquals(0, onlyTask(calls(order)).getInt("attempts"), "nothing stored");

    ZonedDateTime tomorrowAfternoon = local.toLocalDate().plusDays(1).atTime(15, 30).atZone(day);
    JsonObject done = record(operator, call, Json.object("outcome", "CALL_BACK", "callBackAt", tomorrowAfternoon.toOffsetDateTime().toString()));
    assertFalse(done.getBoolean("taskClosed"));
    assertEquals(tomorrowAfternoon.toInstant(), Instant.parse(done.getString("nextCallAt")));
    JsonObject task = onlyTask(calls(order));
    assertEquals(tomorrowAfternoon.toInstant(), Instant.parse(task.getString("availableAt")));
    assertEquals(JsonValue.NULL, task.get("claimedBy"), "released");
    assertEquals(1, task.getInt("callBacks"));
  }

  @Test
  void anAbandonedClaimLapsesAndTheCallGoesToTheNextOperator() throws Exception {
    Api first = api.asUser("operator19");
    Api second = api.asUser("operator20");
    CallDesk.lapseClaimsOf("operator19");
    CallDesk.lapseClaimsOf("operator20");
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    JsonObject call = claim(first, order);
    Api.Reply notHers = second.post(outcomePath(call), Json.object("outcome", "CONFIRMED"));
    assertEquals(409, notHers.status(), "a call held by another operator: " + notHers);
    assertEquals(List.of("taskId"), notHers.problemFields());

    CallDesk.lapseClaimsOf("operator19"); // the lease ran out without an outcome
    CallDesk.putInFront(id(order));
    JsonObject taken = second.post(NEXT, null).json();
    assertEquals(call.getString("taskId"), taken.getString("taskId"), "the abandoned call came back");
    JsonObject task = onlyTask(calls(order));
    assertEquals("operator20", task.getString("claimedBy"));
    assertEquals(1, task.getInt("abandonedClaims"));
    Api.Reply late = first.post(outcomePath(call), Json.object("outcome", "CONFIRMED"));
    assertEquals(409, late.status(), "the first operator lost it: " + late);
    assertEquals("CONFIRMED", record(second, taken, Json.object("outcome", "CONFIRMED")).getString("orderStatus"));
  }

  @Test
  void aConfirmedCourierDeliveryGetsAReminderThreeHoursBeforeTheSlot() throws Exception {
    LocalDate date = LocalDate.now(day).plusDays(2);
    JsonObject order = CallDesk.order(shop, sku, day, "COURIER", date, "15:00", "18:00");
    JsonObject call = claim(operator, order);
    record(operator, call, Json.object("outcome", "CONFIRMED"));
    JsonObject reminder = calls(order).getJsonArray("tasks").stream()
        .map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("PRE_DELIVERY")).findFirst().orElseThrow();
    Instant slot = date.atTime(15, 0).atZone(day).toInstant();
    assertEquals("OPEN", reminder.getString("state"));
    assertEquals(slot.minus(Duration.ofHours(3)), Instant.parse(reminder.getString("dueAt")), "12:00 in the buyer's zone");
    assertEquals(slot, Instant.parse(reminder.getString("notAfter")));

    Api.Reply editsOnReminder;
    CallDesk.putInFront(id(order));
    JsonObject remind = operator.post(NEXT, null).json();
    assertEquals("PRE_DELIVERY", remind.getString("kind"));
    editsOnReminder = operator.post(outcomePath(remind), "{\"outcome\": \"CONFIRMED\", \"edits\": {\"paymentForm\": \"PREPAID\"}}");
    assertEquals(List.of("edits"), editsOnReminder.problemFields());
    JsonObject done = record(operator, remind, Json.object("outcome", "CONFIRMED", "notes", "will be home"));
    assertTrue(done.getBoolean("taskClosed"));
    assertEquals("BACKORDERED", done.getString("orderStatus"), "a reminder does not move the order (backordered: no stock)");
  }

  @Test
  void twentyOperatorsPullingAtOnceNeverShareACall() throws Exception {
    List<Api> operators = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String name = String.format("operator%02d", i);
      CallDesk.lapseClaimsOf(name);
      operators.add(api.asUser(name)); // tokens fetched before the race
    }
    // Fewer calls than operators: each of the 12 goes to exactly one operator.
    Set<String> few = openTasks(12);
    List<String> firstRound = pullAtOnce(operators);
    assertDistinct(firstRound);
    assertEquals(12, firstRound.stream().filter(few::contains).count(), "min(12 tasks, 20 operators)");

    for (int i = 1; i <= 20; i++) {
      CallDesk.lapseClaimsOf(String.format("operator%02d", i));
    }
    // More calls than operators: 20 of the 25, all different.
    Set<String> many = openTasks(25);
    List<String> secondRound = pullAtOnce(operators);
    assertEquals(20, secondRound.size());
    assertDistinct(secondRound);
    assertTrue(many.containsAll(secondRound), "the 20 most urgent calls are these 25's");
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
    JsonObject call = claim(operator, order);
    Api.Reply noOutcome = operator.post(outcomePath(call), "{}");
    assertEquals(400, noOutcome.status());
    assertEquals(List.of("outcome"), noOutcome.problemFields());
    Api.Reply wrong = operator.post(outcomePath(call), Json.object("outcome", "MAYBE", "notes", "x".repeat(2_001)));
    assertEquals(List.of("outcome", "notes"), wrong.problemFields());
    Api.Reply noBody = operator.post(outcomePath(call), "");
    assertEquals(400, noBody.status());
    assertEquals(List.of("body"), noBody.problemFields());
    Api.Reply unknown = operator.post("/api/v1/ops/calls/" + UUID.randomUUID() + "/outcome", Json.object("outcome", "CONFIRMED"));
    assertEquals(409, unknown.status());
    assertEquals(List.of("taskId"), unknown.problemFields());
    assertEquals(0, onlyTask(calls(order)).getInt("attempts"), "nothing stored");
    record(operator, call, Json.object("outcome", "CONFIRMED"));
  }

  @Test
  void shopUsersAndOtherStaffCannotUseTheConsole() {
    for (String user : new String[] {"alfa-manager", "alfa-admin", "bravo-admin", "supervisor", "storekeeper"}) {
      Api as = api.asUser(user);
      assertEquals(403, as.post(NEXT, null).status(), user);
      assertEquals(403, as.post("/api/v1/ops/calls/" + UUID.randomUUID() + "/outcome", Json.object("outcome", "CONFIRMED")).status(), user);
    }
    assertEquals(401, api.post(NEXT, null).status());
    String ops = "/api/v1/ops/callcentre";
    String some = UUID.randomUUID().toString();
    for (String user : new String[] {"alfa-admin", "alfa-manager", "alfa-viewer", "bravo-admin"}) {
      Api as = api.asUser(user);
      assertEquals(403, as.get(ops + "/tenants/alfa/script").status(), user);
      assertEquals(403, as.put(ops + "/tenants/alfa/script", Json.object("textRu", "x", "textEn", "x")).status(), user);
      assertEquals(403, as.get(ops + "/tenants/alfa/attempts?from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z").status(), user);
      assertEquals(403, as.post(ops + "/tenants/alfa/attempts/" + some + "/audit", "{}").status(), user);
      assertEquals(403, as.get(ops + "/tenants/alfa/attempts/" + some + "/audit").status(), user);
      assertEquals(403, as.get(ops + "/tenants/alfa/orders/" + some + "/calls").status(), user);
      assertEquals(403, as.post(ops + "/tenants/alfa/orders/" + some + "/calls/resumption", "{}").status(), user);
      assertEquals(403, as.get(ops + "/kpis?from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z").status(), user);
    }
  }

  // --- helpers

  private Set<String> openTasks(int n) throws Exception {
    Set<String> tasks = new HashSet<>();
    for (int i = 0; i < n; i++) {
      JsonObject order = CallDesk.order(shop, sku, day, "POST", null, null, null);
      CallDesk.putInFront(id(order));
      tasks.add(onlyTask(calls(order)).getString("id"));
    }
    return tasks;
  }

  /** Every operator asks for the next call at the same moment; the task ids they got (204s left out). */
  private static List<String> pullAtOnce(List<Api> operators) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(operators.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (Api op : operators) {
        Callable<Api.Reply> pull = () -> {
          start.await();
          return op.post(NEXT, null);
        };
        replies.add(pool.submit(pull));
      }
      start.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get(2, TimeUnit.MINUTES);
        assertTrue(r.status() == 200 || r.status() == 204, r.toString());
        if (r.status() == 200) {
          ids.add(r.json().getString("taskId"));
        }
      }
      return ids;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long claimsAudited() throws Exception {
    return Database.auditActions("alfa").stream().filter("platform.callcentre.call.claimed:operator"::equals).count();
  }

  private static void assertDistinct(List<String> ids) {
    assertEquals(ids.size(), new HashSet<>(ids).size(), "a call given to two operators: " + ids);
  }

  /** Puts the order's call in front of the queue and claims it. */
  private static JsonObject claim(Api as, JsonObject order) throws Exception {
    CallDesk.putInFront(id(order));
    Api.Reply r = as.post(NEXT, null);
    assertEquals(200, r.status(), r.toString());
    JsonObject call = r.json();
    assertEquals(order.getString("id"), call.getJsonObject("order").getString("id"), "the call in front is this order's");
    return call;
  }

  private static JsonObject record(Api as, JsonObject call, String body) {
    Api.Reply r = as.post(outcomePath(call), body);
    assertEquals(200, r.status(), r.toString());
    assertEquals(call.getString("taskId"), r.json().getString("taskId"));
    assertNotNull(r.json().getString("attemptId"));
    return r.json();
  }

  private static String outcomePath(JsonObject call) {
    return "/api/v1/ops/calls/" + call.getString("taskId") + "/outcome";
  }

  private JsonObject calls(JsonObject order) {
    Api.Reply r = supervisor.get("/api/v1/ops/callcentre/tenants/alfa/orders/" + order.getString("id") + "/calls");
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  /** The order's confirmation task (the order has exactly one). */
  private static JsonObject onlyTask(JsonObject calls) {
    JsonArray tasks = calls.getJsonArray("tasks");
    List<JsonObject> confirmation = tasks.stream().map(JsonValue::asJsonObject)
        .filter(t -> t.getString("kind").equals("CONFIRMATION")).toList();
    assertEquals(1, confirmation.size(), tasks.toString());
    return confirmation.get(0);
  }

  private static UUID id(JsonObject order) {
    return UUID.fromString(order.getString("id"));
  }
}
