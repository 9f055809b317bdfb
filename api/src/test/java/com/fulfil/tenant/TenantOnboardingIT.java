package com.fulfil.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform administrator onboards a shop and amends its settings; each act is audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantOnboardingIT {

  private static final String OPS = "/api/v1/ops/tenants";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api admin;

  @BeforeEach
  void admin() {
    admin = Api.at(url).asUser("platform-admin");
  }

  static String shop(String id, String currency, String start, String end) {
    return Json.object(
        "id", id, "name", "Магазин " + id, "legalName", "ООО «" + id + "»", "taxId", "7701234567",
        "legalAddress", "Москва, ул. Тверская, 1", "currency", currency, "timeZone", "Asia/Yekaterinburg",
        "callWindowStart", start, "callWindowEnd", end);
  }

  @Test
  void onboardsReadsListsAndAmendsAShopWithAnAuditTrail() throws Exception {
    String id = "t-" + Long.toString(System.nanoTime(), 36);
    Api.Reply created = admin.post(OPS, shop(id, "RUB", "09:00", "21:00"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("Asia/Yekaterinburg", created.json().getString("timeZone"));
    assertEquals("09:00", created.json().getString("callWindowStart"));
    assertTrue(created.header("Location").orElseThrow().endsWith(OPS + "/" + id));
    assertEquals(created.json(), admin.get(OPS + "/" + id).json());

    Api.Reply amended = admin.put(OPS + "/" + id, shop(id, "RUB", "10:00", "20:00"));
    assertEquals(200, amended.status(), amended.toString());
    assertEquals("10:00", amended.json().getString("callWindowStart"));

    boolean listed = false;
    String cursor = null;
    do {
      Api.Reply page = admin.get(OPS + "?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
      listed |= page.items().stream().anyMatch(t -> t.asJsonObject().getString("id").equals(id));
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
    } while (cursor != null);
    assertTrue(listed);

    List<String> acts = Database.auditActions(id);
    assertEquals(List.of("platform.tenant.onboarded:platform-admin", "platform.tenant.amended:platform-admin"), acts);
  }

  @Test
  void refusesBadOrConflictingShopsNamingTheField() {
    String id = "t-" + Long.toString(System.nanoTime(), 36);
    expect(admin.post(OPS, shop("Bad Id!", "RUB", "09:00", "21:00")), 400, "id");
    expect(admin.post(OPS, shop(id, "RUBLES", "09:00", "21:00")), 400, "currency");
    expect(admin.post(OPS, shop(id, "RUB", "21:00", "09:00")), 400, "callWindowEnd");
    expect(admin.post(OPS, shop(id, "RUB", "9 am", "21:00")), 400, "callWindowStart");
    expect(admin.post(OPS, shop(id, "RUB", "09:00", "21:00").replace("Asia/Yekaterinburg", "Mars/Olympus")), 400, "timeZone");
    assertEquals(404, admin.get(OPS + "/" + id).status(), "nothing was stored");
    assertEquals(201, admin.post(OPS, shop(id, "RUB", "09:00", "21:00")).status());
    expect(admin.post(OPS, shop(id, "RUB", "09:00", "21:00")), 409, "id");
    expect(admin.put(OPS + "/" + id, shop(id, "EUR", "09:00", "21:00")), 409, "currency");
    assertEquals(404, admin.put(OPS + "/nobody-here", shop("nobody-here", "RUB", "09:00", "21:00")).status());
  }

  @Test
  void onlyThePlatformAdministratorOnboards() {
    String body = shop("t-" + Long.toString(System.nanoTime(), 36), "RUB", "09:00", "21:00");
    for (String user : new String[] {"alfa-admin", "operator", "finance"}) {
      Api.Reply r = Api.at(url).asUser(user).post(OPS, body);
      assertEquals(403, r.status(), user + ": " + r);
    }
    assertEquals(401, Api.at(url).post(OPS, body).status());
  }

  private static void expect(Api.Reply r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"));
    assertTrue(r.problemFields().contains(field), "names " + field + ": " + r.body());
  }
}
