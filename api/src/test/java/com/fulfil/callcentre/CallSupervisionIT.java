package com.fulfil.callcentre;

import static com.fulfil.testing.SkuBuilder.aSku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.TestTenants;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The supervisor's side: per-shop scripts, audits of calls, and KPIs with exact figures from known rows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallSupervisionIT {

  private static final String OPS = "/api/v1/ops/callcentre";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Api supervisor;

  @BeforeEach
  void setUp() {
    api = Api.at(url);
    TestTenants.ensure(api);
    supervisor = api.asUser("supervisor");
  }

  @Test
  void scriptsAreVersionedPerShopAndAStaleEditIsRefused() {
    String shop = newShop();
    String path = OPS + "/tenants/" + shop + "/script";
    JsonObject none = supervisor.get(path).json();
    assertEquals(0, none.getInt("version"));

    Api.Reply first = supervisor.put(path, Json.object("textRu", "Здравствуйте!", "textEn", "Hello!", "version", 0));
    assertEquals(200, first.status(), first.toString());
    assertEquals(1, first.json().getInt("version"));
    assertEquals("supervisor", first.json().getString("createdBy"));
    Api.Reply second = supervisor.put(path, Json.object("textRu", "Добрый день!", "textEn", "Good afternoon!", "version", 1));
    assertEquals(2, second.json().getInt("version"));

    Api.Reply stale = supervisor.put(path, Json.object("textRu", "Привет", "textEn", "Hi", "version", 1));
    assertEquals(409, stale.status());
    assertEquals(List.of("version"), stale.problemFields());
    Api.Reply bad = supervisor.put(path, Json.object("textRu", " ", "version", 2));
    assertEquals(400, bad.status());
    assertEquals(List.of("textRu", "textEn"), bad.problemFields());
    JsonObject now = api.asUser("operator").get(path).json();
    assertEquals(2, now.getInt("version"), "nothing stored by the refused edits; operators read it");
    assertEquals("Добрый день!", now.getString("textRu"));
    assertNotEquals("Добрый день!", supervisor.get(OPS + "/tenants/alfa/script").json().getString("textRu"), "other shops unaffected");

    assertEquals(404, supervisor.get(OPS + "/tenants/no-such-shop-" + nonce() + "/script").status());
    Api.Reply malformed = supervisor.get(OPS + "/tenants/NOT_A_SHOP/script");
    assertEquals(400, malformed.status());
    assertEquals(List.of("tenant"), malformed.problemFields());
    assertEquals(403, api.asUser("operator").put(path, Json.object("textRu", "x", "textEn", "x")).status());
    assertEquals(403, api.asUser("alfa-admin").get(OPS + "/tenants/alfa/script").status());
  }

  @Test
  void aSupervisorScoresACallOnceWithEveryChecklistItem() throws Exception {
    Api shop = api.asUser("alfa-manager");
    Api operator = api.asUser("operator18");
    CallDesk.lapseClaimsOf("operator18");
    var sku = aSku();
    shop.post("/api/v1/catalogue/skus", sku.json());
    JsonObject order = CallDesk.order(shop, sku.code(), CallDesk.zoneAtLocalHour(13), "POST", null, null, null);
    CallDesk.putInFront(UUID.fromString(order.getString("id")));
    Instant before = Instant.now().minusSeconds(5);
    JsonObject call = operator.post("/api/v1/ops/calls/next", null).json();
    assertEquals(order.getString("id"), call.getJsonObject("order").getString("id"));
    String attemptId = operator.post("/api/v1/ops/calls/" + call.getString("taskId") + "/outcome",
        Json.object("outcome", "CONFIRMED")).json().getString("attemptId");

    Api.Reply listed = supervisor.get(OPS + "/tenants/alfa/attempts?from=" + before + "&to=" + Instant.now().plusSeconds(5) + "&limit=200");
    assertEquals(200, listed.status(), listed.toString());
    assertTrue(listed.items().stream().anyMatch(a -> a.asJsonObject().getString("id").equals(attemptId)));

    String auditPath = OPS + "/tenants/alfa/attempts/" + attemptId + "/audit";
    Map<String, Integer> points = new LinkedHashMap<>(CallChecklist.ITEMS);
    points.put("confirmedTotal", 5);
    points.remove("greeting");
    Api.Reply incomplete = supervisor.post(auditPath, audit(points, null));
    assertEquals(400, incomplete.status());
    assertEquals(List.of("items.greeting"), incomplete.problemFields());
    assertEquals(404, supervisor.get(auditPath).status(), "nothing stored");

    points.put("greeting", 5);
    Api.Reply scored = supervisor.post(auditPath, audit(points, "did not repeat the total"));
    assertEquals(201, scored.status(), scored.toString());
    assertEquals(85, scored.json().getInt("score"));
    assertEquals("operator18", scored.json().getString("operator"));
    assertEquals("supervisor", scored.json().getString("auditor"));
    assertEquals(scored.json(), supervisor.get(auditPath).json());
    assertEquals(409, supervisor.post(auditPath, audit(points, null)).status(), "one audit per call");
    assertEquals(404, supervisor.post(OPS + "/tenants/alfa/attempts/" + UUID.randomUUID() + "/audit", audit(points, null)).status());
    assertEquals(404, supervisor.get(OPS + "/tenants/bravo/attempts/" + attemptId + "/audit").status(), "alfa's call is not bravo's");
    assertEquals(403, operator.post(auditPath, audit(points, null)).status());
  }

  /**
   * Five orders of a fresh shop received on 2024-06-01 (UTC) and one the next day, with their
   * attempts written as rows; every figure below is worked out by hand from these rows.
   *
   * <pre>
   * order received due    attempts (operator @ start: outcome, * = decided)       first call
   * O1    06:00    07:00  ann @06:20 CONFIRMED*                                  1200 s, in hour
   * O2    07:00    08:00  ann @08:30 UNREACHABLE, bob @08:45 UNREACH., bob @11:45 CANCELLED*   5400 s, late
   * O3    08:00    09:00  bob @09:00 CALL_BACK                                   3600 s, in hour
   * O4    19:00    06:00+ bob @06:10 next day CONFIRMED*                         40200 s, late
   * O5    10:00    11:00  none                                                   late (never called)
   * O6    next day        ann (outside the period)
   * </pre>
   */
  @Test
  void kpisAreExactFiguresOfTheRows() throws Exception {
    String shop = newShop();
    String ann = "ann-" + nonce();
    String bob = "bob-" + nonce();
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, shop);
        bind.execute();
      }
      UUID o1 = task(c, shop, "06:00", "07:00");
      attempt(c, shop, o1, 1, ann, "06:20", "CONFIRMED", true);
      UUID o2 = task(c, shop, "07:00", "08:00");
      attempt(c, shop, o2, 1, ann, "08:30", "UNREACHABLE", false);
      attempt(c, shop, o2, 2, bob, "08:45", "UNREACHABLE", false);
      attempt(c, shop, o2, 3, bob, "11:45", "CANCELLED", true);
      UUID o3 = task(c, shop, "08:00", "09:00");
      attempt(c, shop, o3, 1, bob, "09:00", "CALL_BACK", false);
      UUID o4 = task(c, shop, "19:00", "2024-06-02T06:00:00Z");
      attempt(c, shop, o4, 1, bob, "2024-06-02T06:10:00Z", "CONFIRMED", true);
      task(c, shop, "10:00", "11:00");
      UUID o6 = task(c, shop, "2024-06-02T00:00:00Z", "2024-06-02T06:00:00Z");
      attempt(c, shop, o6, 1, ann, "2024-06-02T06:05:00Z", "CONFIRMED", true);
      c.commit();
    }

    Api.Reply r = supervisor.get(OPS + "/kpis?from=2024-06-01T00:00:00Z&to=2024-06-02T00:00:00Z&tenant=" + shop);
    assertEquals(200, r.status(), r.toString());
    JsonObject k = r.json();
    assertEquals(1, k.getJsonArray("tenants").size());
    JsonObject t = k.getJsonArray("tenants").getJsonObject(0);
    assertEquals(shop, t.getString("tenantId"));
    assertEquals(5, t.getInt("orders"));
    assertEquals(4, t.getInt("calledOrders"));
    assertEquals(3600, t.getInt("medianSecondsToFirstCall"), "1200, 3600, 5400, 40200: rank 2");
    assertEquals(40200, t.getInt("p90SecondsToFirstCall"), "rank ceil(3.6) = 4");
    assertRatio(t.getJsonObject("firstCallWithinHour"), 2, 5, "40.0");
    assertRatio(t.getJsonObject("confirmationRate"), 2, 3, "66.7");
    assertEquals(6, t.getInt("attempts"));
    assertEquals(new BigDecimal("1.50"), t.getJsonNumber("attemptsPerOrder").bigDecimalValue());
    assertEquals(3, t.getInt("slaBreaches"), "O2, O4 late; O5 never called");

    assertEquals(2, k.getJsonArray("operators").size());
    JsonObject a = k.getJsonArray("operators").getJsonObject(0);
    assertEquals(ann, a.getString("operator"));
    assertEquals(2, a.getInt("attempts"));
    assertEquals(2, a.getInt("ordersCalled"));
    assertEquals(new BigDecimal("1.00"), a.getJsonNumber("attemptsPerOrder").bigDecimalValue());
    assertEquals(2, a.getInt("firstCalls"));
    assertEquals(1200, a.getInt("medianSecondsToFirstCall"));
    assertEquals(5400, a.getInt("p90SecondsToFirstCall"));
    assertRatio(a.getJsonObject("firstCallWithinHour"), 1, 2, "50.0");
    assertRatio(a.getJsonObject("confirmationRate"), 1, 1, "100.0");
    assertEquals(1, a.getInt("slaBreaches"));
    JsonObject b = k.getJsonArray("operators").getJsonObject(1);
    assertEquals(bob, b.getString("operator"));
    assertEquals(4, b.getInt("attempts"));
    assertEquals(3, b.getInt("ordersCalled"));
    assertEquals(new BigDecimal("1.33"), b.getJsonNumber("attemptsPerOrder").bigDecimalValue());
    assertEquals(2, b.getInt("firstCalls"));
    assertEquals(3600, b.getInt("medianSecondsToFirstCall"));
    assertEquals(40200, b.getInt("p90SecondsToFirstCall"));
    assertRatio(b.getJsonObject("firstCallWithinHour"), 1, 2, "50.0");
    assertRatio(b.getJsonObject("confirmationRate"), 1, 2, "50.0");
    assertEquals(1, b.getInt("slaBreaches"));

    JsonObject all = supervisor.get(OPS + "/kpis?from=2024-06-01T00:00:00Z&to=2024-06-02T00:00:00Z").json();
    JsonObject same = all.getJsonArray("tenants").stream().map(JsonValue::asJsonObject)
        .filter(x -> x.getString("tenantId").equals(shop)).findFirst().orElseThrow();
    assertEquals(t, same, "the shop's figures are the same in the all-shops view");
  }

  @Test
  void kpiQueriesAreCheckedAndForSupervisorsOnly() {
    Api.Reply missing = supervisor.get(OPS + "/kpis?to=2024-06-02T00:00:00Z");
    assertEquals(400, missing.status());
    assertEquals(List.of("from"), missing.problemFields());
    Api.Reply backwards = supervisor.get(OPS + "/kpis?from=2024-06-02T00:00:00Z&to=2024-06-01T00:00:00Z&tenant=Bad_Id");
    assertEquals(List.of("tenant", "to"), backwards.problemFields());
    Api.Reply tooLong = supervisor.get(OPS + "/kpis?from=2024-01-01T00:00:00Z&to=2024-06-01T00:00:00Z");
    assertEquals(List.of("to"), tooLong.problemFields());
    for (String user : new String[] {"alfa-admin", "bravo-viewer", "operator", "platform-admin"}) {
      assertEquals(403, api.asUser(user).get(OPS + "/kpis?from=2024-06-01T00:00:00Z&to=2024-06-02T00:00:00Z").status(), user);
    }
  }

  // --- helpers

  private String newShop() {
    String id = "kpi-" + nonce();
    Api.Reply r = api.asUser("platform-admin").post("/api/v1/ops/tenants", Json.object(
        "id", id, "name", "Shop " + id, "legalName", "Shop " + id + " LLC", "currency", "RUB", "timeZone", "Europe/Moscow",
        "callWindowStart", "09:00", "callWindowEnd", "21:00"));
    assertEquals(201, r.status(), r.toString());
    return id;
  }

  private static String nonce() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private static Instant at(String time) {
    return time.length() == 5 ? Instant.parse("2024-06-01T" + time + ":00Z") : Instant.parse(time);
  }

  /** A closed confirmation task of a new order; returns the order id. */
  private static UUID task(Connection c, String shop, String received, String due) throws Exception {
    UUID order = UUID.randomUUID();
    try (PreparedStatement s = c.prepareStatement(
        "insert into cc_call_task (id, tenant_id, order_id, kind, state, buyer_zone, received_at, due_at, available_at,"
            + " priority_at, attempts, unreachable, call_backs, created_at, closed_at, closed_reason, version)"
            + " values (?, ?, ?, 'CONFIRMATION', 'CLOSED', 'Europe/Moscow', ?, ?, ?, ?, 0, 0, 0, ?, ?, 'test row', 1)")) {
      s.setObject(1, UUID.randomUUID());
      s.setString(2, shop);
      s.setObject(3, order);
      Timestamp r = Timestamp.from(at(received));
      s.setTimestamp(4, r);
      s.setTimestamp(5, Timestamp.from(at(due)));
      s.setTimestamp(6, r);
      s.setTimestamp(7, r);
      s.setTimestamp(8, r);
      s.setTimestamp(9, Timestamp.from(at(due).plusSeconds(86_400)));
      s.executeUpdate();
    }
    return order;
  }

  private static void attempt(Connection c, String shop, UUID order, int no, String operator, String started, String outcome,
      boolean closes) throws Exception {
    try (PreparedStatement s = c.prepareStatement(
        "insert into cc_call_attempt (id, tenant_id, task_id, order_id, kind, attempt_no, operator, started_at, ended_at,"
            + " outcome, closes_task)"
            + " select ?, ?, t.id, t.order_id, 'CONFIRMATION', ?, ?, ?, ?, ?, ? from cc_call_task t where t.order_id = ?")) {
      s.setObject(1, UUID.randomUUID());
      s.setString(2, shop);
      s.setInt(3, no);
      s.setString(4, operator);
      s.setTimestamp(5, Timestamp.from(at(started)));
      s.setTimestamp(6, Timestamp.from(at(started).plusSeconds(120)));
      s.setString(7, outcome);
      s.setBoolean(8, closes);
      s.setObject(9, order);
      assertEquals(1, s.executeUpdate());
    }
  }

  private static void assertRatio(JsonObject ratio, long count, long of, String percent) {
    assertEquals(count, ratio.getJsonNumber("count").longValue());
    assertEquals(of, ratio.getJsonNumber("of").longValue());
    JsonNumber p = ratio.getJsonNumber("percent");
    assertEquals(new BigDecimal(percent), p.bigDecimalValue());
  }

  private static String audit(Map<String, Integer> points, String notes) {
    jakarta.json.JsonObjectBuilder items = jakarta.json.Json.createObjectBuilder();
    points.forEach(items::add);
    jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder().add("items", items);
    if (notes != null) {
      b.add("notes", notes);
    }
    return b.build().toString();
  }
}
