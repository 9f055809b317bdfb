package com.fulfil.catalogue;

import static com.fulfil.testing.SkuBuilder.aSku;
import static com.fulfil.testing.SkuBuilder.randomEan13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.TestTenants;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shop's catalogue through the API, as the shop's manager, viewer and integration use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

  private static final String SKUS = "/api/v1/catalogue/skus";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api manager;

  @BeforeEach
  void shops() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    manager = api.asUser("alfa-manager");
  }

  @Test
  void createsReadsUpdatesAndDeletesASku() {
    String ean = randomEan13();
    SkuBuilder sku = aSku().withBarcode(ean).withBarcode("CODE128-" + ean).priceMinor(129_900);
    Api.Reply created = manager.post(SKUS, sku.json());
    assertEquals(201, created.status(), created.toString());
    JsonObject view = created.json();
    String id = view.getString("id");
    assertEquals(sku.code(), view.getString("sku"));
    assertEquals(List.of(ean, "CODE128-" + ean), strings(view.getJsonArray("barcodes")), "sorted");
    assertEquals(129_900, view.getJsonObject("price").getJsonNumber("amountMinor").longValue());
    assertEquals("RUB", view.getJsonObject("price").getString("currency"), "the shop's currency");
    assertTrue(created.header("Location").orElseThrow().endsWith(SKUS + "/" + id));

    Api.Reply read = manager.get(SKUS + "/" + id);
    assertEquals(200, read.status());
    assertEquals(view, read.json());

    Api.Reply updated = manager.put(SKUS + "/" + id, aSku().sku(sku.code()).name("Чай чёрный").withBarcode(ean).priceMinor(99_000).json());
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("Чай чёрный", updated.json().getString("name"));
    assertEquals(List.of(ean), strings(updated.json().getJsonArray("barcodes")));
    assertEquals(view.getInt("version") + 1, updated.json().getInt("version"));

    assertEquals(204, manager.delete(SKUS + "/" + id).status());
    assertEquals(404, manager.get(SKUS + "/" + id).status());
  }

  @Test
  void staleVersionOnUpdateIsAConflict() {
    SkuBuilder sku = aSku();
    JsonObject view = manager.post(SKUS, sku.json()).json();
    String stale = jakarta.json.Json.createObjectBuilder(jakarta.json.Json.createReader(new java.io.StringReader(sku.json())).readObject())
        .add("version", view.getInt("version") + 7).build().toString();
    Api.Reply r = manager.put(SKUS + "/" + view.getString("id"), stale);
    assertEquals(409, r.status(), r.toString());
    assertEquals(List.of("version"), r.problemFields());
  }

  @Test
  void listsPagesWithACursorAndSearchesByNameCodeAndBarcode() {
    String tag = "P" + System.nanoTime();
    String ean = randomEan13();
    for (int i = 0; i < 5; i++) {
      SkuBuilder b = aSku().sku(tag + "-" + i).name("Пагинация " + tag + " " + i);
      if (i == 3) {
        b.withBarcode(ean);
      }
      assertEquals(201, manager.post(SKUS, b.json()).status());
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      Api.Reply page = manager.get(SKUS + "?q=" + tag + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page.toString());
      assertTrue(page.items().size() <= 2);
      page.items().forEach(v -> assertTrue(seen.add(v.asJsonObject().getString("sku")), "no SKU twice"));
      JsonValue next = page.json().get("nextCursor");
      cursor = next == null || next == JsonValue.NULL ? null : page.json().getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(Set.of(tag + "-0", tag + "-1", tag + "-2", tag + "-3", tag + "-4"), seen);
    assertEquals(3, pages);

    assertEquals(List.of(tag + "-3"), skus(manager.get(SKUS + "?q=" + ean)));
    assertEquals(List.of(tag + "-2"), skus(manager.get(SKUS + "?q=" + tag.toLowerCase() + "-2")));
    assertEquals(5, skus(manager.get(SKUS + "?q=%D0%BF%D0%B0%D0%B3%D0%B8%D0%BD%D0%B0%D1%86%D0%B8%D1%8F%20" + tag)).size(), "case-insensitive Cyrillic name search");
  }

  @Test
  void importsACsvAllOrNothingAndReportsErrorsByLineAndColumn() {
    String tag = "C" + System.nanoTime();
    String ean = randomEan13();
    String good = "sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked\n"
        + tag + "-1,\"Кофе, молотый\"," + ean + "|" + tag + "-B,500,100,80,60,1299.00,true\n"
        + tag + "-2,Сахар,,1000,200,100,50,89.5,false\n";
    Api.Reply ok = manager.send("POST", SKUS + "/import", good, "text/csv");
    assertEquals(200, ok.status(), ok.toString());
    assertEquals(2, ok.json().getInt("imported"));
    assertEquals(2, ok.json().getInt("created"));
    JsonObject coffee = manager.get(SKUS + "?q=" + tag + "-1").items().getJsonObject(0);
    assertEquals("Кофе, молотый", coffee.getString("name"));
    assertEquals(129_900, coffee.getJsonObject("price").getJsonNumber("amountMinor").longValue());
    assertTrue(coffee.getBoolean("expiryTracked"));

    String bad = "sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked\n"
        + tag + "-2,Сахар тростниковый,,1000,200,100,50,95.00,false\n"          // valid update
        + tag + "-3,Соль,4600000000017,heavy,10,10,10,10.00,false\n"           // bad EAN, bad weight
        + tag + "-4,,,100,10,10,10,10.001,maybe\n"                             // no name, 3 decimals, bad flag
        + tag + "-5,Перец," + ean + ",100,10,10,10,10.00,false\n";             // barcode of another SKU
    Api.Reply refused = manager.send("POST", SKUS + "/import", bad, "text/csv");
    assertEquals(422, refused.status(), refused.toString());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    Set<String> where = new HashSet<>();
    refused.json().getJsonArray("errors").forEach(e -> where.add(e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("column")));
    assertEquals(Set.of("3:weight_grams", "3:barcodes", "4:name", "4:price", "4:expiry_tracked", "5:barcodes"), where, refused.body());

    assertEquals("Сахар", manager.get(SKUS + "?q=" + tag + "-2").items().getJsonObject(0).getString("name"), "nothing of a refused file is stored");
    assertEquals(0, manager.get(SKUS + "?q=" + tag + "-5").items().size());
  }

  @Test
  void substitutesAreTheShopsOwnSkusFollowRenamesAndVanishWithTheirSku() {
    SkuBuilder analogue = aSku();
    JsonObject stored = manager.post(SKUS, analogue.json()).json();
    SkuBuilder unknown = aSku().substitutes(analogue.code(), "NO-SUCH-" + System.nanoTime());
    expectProblem(manager.post(SKUS, unknown.json()), 422, "substitutes[1]");
    assertEquals(0, manager.get(SKUS + "?q=" + unknown.code()).items().size(), "a refused SKU is not stored");
    expectProblem(manager.post(SKUS, aSku().substitutes("X-1", "X-1").json()), 400, "substitutes[1]");

    SkuBuilder main = aSku().substitutes(analogue.code());
    JsonObject created = manager.post(SKUS, main.json()).json();
    assertEquals(List.of(analogue.code()), codes(created));
    String renamed = analogue.code() + "-NEW";
    Api.Reply rename = manager.put(SKUS + "/" + stored.getString("id"), aSku().sku(renamed).json());
    assertEquals(200, rename.status(), rename.toString());
    assertEquals(List.of(renamed), codes(manager.get(SKUS + "/" + created.getString("id")).json()), "a rename is followed");
    assertEquals(204, manager.delete(SKUS + "/" + stored.getString("id")).status());
    assertEquals(List.of(), codes(manager.get(SKUS + "/" + created.getString("id")).json()), "a deleted SKU leaves every list");

    String tag = "S" + System.nanoTime();
    String header = "sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked,substitutes\n";
    Api.Reply refused = manager.send("POST", SKUS + "/import", header
        + tag + "-1,Кофе,,500,100,80,60,10.00,false," + tag + "-2|" + tag + "-9\n"
        + tag + "-2,Кофе другой,,500,100,80,60,11.00,false,\n", "text/csv");
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("substitutes", refused.json().getJsonArray("errors").getJsonObject(0).getString("column"));
    assertEquals(2, refused.json().getJsonArray("errors").getJsonObject(0).getInt("line"));
    Api.Reply ok = manager.send("POST", SKUS + "/import", header
        + tag + "-1,Кофе,,500,100,80,60,10.00,false," + tag + "-2\n"
        + tag + "-2,Кофе другой,,500,100,80,60,11.00,false,\n", "text/csv");
    assertEquals(200, ok.status(), "a substitute further down the same file is fine: " + ok);
    assertEquals(List.of(tag + "-2"), codes(manager.get(SKUS + "?q=" + tag + "-1").items().getJsonObject(0)));
    String withoutColumn = "sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked\n"
        + tag + "-1,Кофе свежий,,500,100,80,60,10.00,false\n";
    assertEquals(200, manager.send("POST", SKUS + "/import", withoutColumn, "text/csv").status());
    JsonObject after = manager.get(SKUS + "?q=" + tag + "-1").items().getJsonObject(0);
    assertEquals("Кофе свежий", after.getString("name"));
    assertEquals(List.of(tag + "-2"), codes(after), "a file without the column keeps the substitutes");
  }

  private static List<String> codes(JsonObject sku) {
    return sku.getJsonArray("substitutes").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }

  @Test
  void refusesBadInputWithProblemJsonNamingTheFieldAndStoresNothing() {
    String ean = randomEan13();
    SkuBuilder dupe = aSku().withBarcode(ean);
    assertEquals(201, manager.post(SKUS, dupe.json()).status());

    expectProblem(manager.post(SKUS, "{\"sku\": \"A\", "), 400, "body");
    expectProblem(manager.post(SKUS, aSku().weightGrams("heavy").json()), 400, "weightGrams");
    expectProblem(manager.post(SKUS, "{}"), 400, "sku");
    expectProblem(manager.post(SKUS, ""), 400, "body");
    expectProblem(manager.post(SKUS, aSku().withBarcode("4600000000017").json()), 400, "barcodes[0]");
    expectProblem(manager.post(SKUS, aSku().priceMinor(-1).json()), 400, "priceMinor");
    SkuBuilder taken = aSku().withBarcode(ean);
    expectProblem(manager.post(SKUS, taken.json()), 409, "barcodes[0]");
    expectProblem(manager.post(SKUS, aSku().sku(dupe.code()).json()), 409, "sku");
    expectProblem(manager.get(SKUS + "?limit=100000"), 400, "limit");
    expectProblem(manager.get(SKUS + "?limit=ten"), 400, "limit");
    expectProblem(manager.get(SKUS + "?cursor=not*base64"), 400, "cursor");
    assertEquals(0, manager.get(SKUS + "?q=" + taken.code()).items().size(), "a refused SKU is not stored");
    assertEquals(404, manager.get(SKUS + "/not-a-uuid").status());
    assertEquals(404, manager.get(SKUS + "/" + java.util.UUID.randomUUID()).status());
  }

  @Test
  void viewerReadsButCannotWrite() {
    Api viewer = Api.at(url).asUser("alfa-viewer");
    assertEquals(200, viewer.get(SKUS).status());
    Api.Reply r = viewer.post(SKUS, aSku().json());
    assertEquals(403, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"));
  }

  @Test
  void integrationClientUsesTheCatalogueWithClientCredentials() {
    Api integration = Api.at(url).as(com.fulfil.testing.Keycloak.client("alfa-integration", "alfa-integration-secret"));
    SkuBuilder sku = aSku();
    assertEquals(201, integration.post(SKUS, sku.json()).status());
    assertEquals(List.of(sku.code()), skus(manager.get(SKUS + "?q=" + sku.code())), "the same shop sees it");
  }

  static void expectProblem(Api.Reply r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonObject p = r.json();
    assertEquals(status, p.getInt("status"));
    assertNotNull(p.getString("title"));
    assertTrue(r.problemFields().contains(field), "names " + field + ": " + r.body());
  }

  static List<String> skus(Api.Reply r) {
    assertEquals(200, r.status(), r.toString());
    return r.items().stream().map(v -> v.asJsonObject().getString("sku")).toList();
  }

  static List<String> strings(jakarta.json.JsonArray a) {
    return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }
}
