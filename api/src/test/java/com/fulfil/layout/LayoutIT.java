package com.fulfil.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The warehouse layout through the ops API: the administrator builds it, the staff read it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LayoutIT {

  private static final String BASE = "/api/v1/ops/warehouse";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api admin;
  String zone;

  @BeforeEach
  void zone() {
    admin = Api.at(url).asUser("platform-admin");
    zone = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    Api.Reply created = admin.post(BASE + "/zones", Json.object("code", zone, "name", "Test zone " + zone, "kind", "STORAGE"));
    assertEquals(201, created.status(), created.toString());
  }

  @Test
  void theMigrationsInTheWarehouseJarCreatedTheDockAndQuarantine() {
    Api.Reply dock = Api.at(url).asUser("storekeeper").get(BASE + "/bins/DOCK-1");
    assertEquals(200, dock.status(), dock.toString());
    assertEquals("RECEIVING", dock.json().getString("kind"));
    assertEquals("QUARANTINE", Api.at(url).asUser("storekeeper").get(BASE + "/bins/QUARANTINE-1").json().getString("kind"));
  }

  @Test
  void createsBinsAndListsThemInWalkingOrder() {
    Api.Reply second = admin.post(BASE + "/bins", bin("01", "02", "1", "A", zone + "-B2", 20));
    assertEquals(201, second.status(), second.toString());
    assertEquals(zone + "-01-02-1-A", second.json().getString("address"));
    assertTrue(second.header("Location").orElseThrow().endsWith(BASE + "/bins/" + zone + "-B2"));
    assertEquals(201, admin.post(BASE + "/bins", bin("01", "01", "1", "A", zone + "-B1", 10)).status());

    Api storekeeper = Api.at(url).asUser("storekeeper");
    Api.Reply page = storekeeper.get(BASE + "/bins?zone=" + zone + "&limit=1");
    assertEquals(200, page.status(), page.toString());
    assertEquals(zone + "-B1", page.items().getJsonObject(0).getString("barcode"), "lowest sequence first");
    Api.Reply next = storekeeper.get(BASE + "/bins?zone=" + zone + "&limit=1&cursor=" + page.json().getString("nextCursor"));
    assertEquals(zone + "-B2", next.items().getJsonObject(0).getString("barcode"));
    assertTrue(next.json().isNull("nextCursor"));
    assertEquals(20, storekeeper.get(BASE + "/bins/" + zone + "-B2").json().getInt("sequence"));
  }

  @Test
  void badBinsAreRefusedNamingTheFieldAndNothingIsStored() {
    Api.Reply bad = admin.post(BASE + "/bins", bin("a 1", "01", "1", "A", "", -5));
    assertEquals(400, bad.status());
    assertTrue(bad.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("aisle", "barcode", "sequence"), bad.problemFields());

    Api.Reply unknownZone = admin.post(BASE + "/bins", Json.object(
        "zone", "NOPE" + zone, "aisle", "1", "rack", "1", "shelf", "1", "position", "1", "barcode", zone + "-X", "sequence", 1));
    assertEquals(400, unknownZone.status());
    assertEquals(List.of("zone"), unknownZone.problemFields());
    assertEquals(404, admin.get(BASE + "/bins/" + zone + "-X").status(), "nothing stored");

    assertEquals(201, admin.post(BASE + "/bins", bin("01", "01", "1", "A", zone + "-B1", 10)).status());
    Api.Reply sameBarcode = admin.post(BASE + "/bins", bin("02", "01", "1", "A", zone + "-B1", 10));
    assertEquals(409, sameBarcode.status());
    assertEquals(List.of("barcode"), sameBarcode.problemFields());
    Api.Reply sameAddress = admin.post(BASE + "/bins", bin("01", "01", "1", "A", zone + "-OTHER", 10));
    assertEquals(409, sameAddress.status());
    assertEquals(List.of("position"), sameAddress.problemFields());
  }

  @Test
  void csvImportIsAllOrNothingWithErrorsByLineAndColumn() {
    String good = "zone,aisle,rack,shelf,position,barcode,sequence\n"
        + zone + ",01,01,1,A," + zone + "-C1,100\n"
        + zone + ",01,01,2,A," + zone + "-C2,101\n";
    String bad = good + zone + ",01,01,3,A," + zone + "-C1,102\n" + "NOZONE" + zone + ",01,01,1,A," + zone + "-C4,103\n";
    Api.Reply refused = admin.send("POST", BASE + "/bins/import", bad, "text/csv");
    assertEquals(422, refused.status(), refused.toString());
    List<JsonObject> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(4, errors.get(0).getInt("line"));
    assertEquals("barcode", errors.get(0).getString("column"));
    assertEquals(5, errors.get(1).getInt("line"));
    assertEquals("zone", errors.get(1).getString("column"));
    assertEquals(404, admin.get(BASE + "/bins/" + zone + "-C2").status(), "no line of a refused file is stored");

    Api.Reply imported = admin.send("POST", BASE + "/bins/import", good, "text/csv");
    assertEquals(200, imported.status(), imported.toString());
    assertEquals(2, imported.json().getInt("created"));
    Api.Reply again = admin.send("POST", BASE + "/bins/import", good.replace(",101", ",150"), "text/csv");
    assertEquals(2, again.json().getInt("updated"), "re-import updates by barcode");
    assertEquals(150, admin.get(BASE + "/bins/" + zone + "-C2").json().getInt("sequence"));
  }

  @Test
  void onlyThePlatformAdministratorChangesTheLayoutAndShopsSeeNone() {
    Api storekeeper = Api.at(url).asUser("storekeeper");
    assertEquals(403, storekeeper.post(BASE + "/bins", bin("01", "01", "1", "A", zone + "-S", 1)).status());
    assertEquals(403, storekeeper.post(BASE + "/zones", Json.object("code", "Z" + zone, "name", "x")).status());
    assertEquals(403, Api.at(url).asUser("alfa-admin").get(BASE + "/bins").status());
    assertEquals(200, storekeeper.get(BASE + "/zones").status());
  }

  private String bin(String aisle, String rack, String shelf, String position, String barcode, int sequence) {
    return Json.object(
        "zone", zone, "aisle", aisle, "rack", rack, "shelf", shelf, "position", position, "barcode", barcode,
        "sequence", sequence);
  }
}
