package com.fulfil.application;

import static com.fulfil.testing.SkuBuilder.aSku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Keycloak;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.TestTenants;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Conventions every endpoint shares: tokens, problem+json, body limits, idempotency, health, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiConventionsIT {

  private static final String SKUS = "/api/v1/catalogue/skus";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Api api;
  Api manager;

  @BeforeEach
  void setUp() {
    api = Api.at(url);
    TestTenants.ensure(api);
    manager = api.asUser("alfa-manager");
  }

  @Test
  void missingForgedAndExpiredTokensAre401ProblemJson() throws Exception {
    unauthorized(api.get(SKUS));
    unauthorized(api.as("not-a-jwt").get(SKUS));
    unauthorized(api.as(forgedToken()).get(SKUS));
    String genuine = Keycloak.user("alfa-manager");
    String[] parts = genuine.split("\\.");
    String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
    unauthorized(api.as(tampered).get(SKUS));
    String shortLived = Keycloak.shortLived("alfa-manager");
    assertEquals(200, api.as(shortLived).get(SKUS + "?limit=1").status(), "valid while it lives");
    Thread.sleep(3_500);
    unauthorized(api.as(shortLived).get(SKUS + "?limit=1"));
  }

  @Test
  void idempotencyKeyReplaysTheFirstAnswerRefusesADifferentBodyAndReportsInFlight() throws Exception {
    String key = UUID.randomUUID().toString();
    SkuBuilder sku = aSku();
    Api keyed = manager.header("Idempotency-Key", key);
    Api.Reply first = keyed.post(SKUS, sku.json());
    assertEquals(201, first.status(), first.toString());
    Api.Reply again = keyed.post(SKUS, sku.json());
    assertEquals(201, again.status(), "replayed, not a 409 duplicate: " + again);
    assertEquals(first.json(), again.json());
    assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(1, manager.get(SKUS + "?q=" + sku.code()).items().size(), "created once");

    Api.Reply different = keyed.post(SKUS, aSku().json());
    assertEquals(422, different.status(), different.toString());
    assertTrue(different.problemFields().contains("Idempotency-Key"));

    Api.Reply otherShop = api.asUser("bravo-manager").header("Idempotency-Key", key).post(SKUS, sku.json());
    assertEquals(201, otherShop.status(), "keys are scoped by tenant: " + otherShop);

    String running = UUID.randomUUID().toString();
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      c.createStatement().execute("select set_config('app.tenant_id', 'alfa', true)");
      try (PreparedStatement p = c.prepareStatement(
          "insert into idempotency_key (tenant_id, idem_key, fingerprint, started_at) values ('alfa', ?, 'x', ?)")) {
        p.setString(1, running);
        p.setTimestamp(2, Timestamp.from(Instant.now()));
        p.executeUpdate();
      }
      c.commit();
    }
    Api.Reply inFlight = manager.header("Idempotency-Key", running).post(SKUS, aSku().json());
    assertEquals(422, inFlight.status(), "a different fingerprint wins over in-flight: " + inFlight);
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      c.createStatement().execute("select set_config('app.tenant_id', 'alfa', true)");
      SkuBuilder pending = aSku();
      String fingerprint = fingerprint(SKUS, pending.json());
      try (PreparedStatement p = c.prepareStatement("update idempotency_key set fingerprint = ? where tenant_id = 'alfa' and idem_key = ?")) {
        p.setString(1, fingerprint);
        p.setString(2, running);
        p.executeUpdate();
      }
      c.commit();
      Api.Reply busy = manager.header("Idempotency-Key", running).post(SKUS, pending.json());
      assertEquals(409, busy.status(), busy.toString());
      assertEquals(0, manager.get(SKUS + "?q=" + pending.code()).items().size(), "not run twice");
    }
  }

  @Test
  void oversizedBodiesAndUnsupportedMediaAreRefused() {
    String huge = "x".repeat(6 * 1024 * 1024);
    Api.Reply big = manager.send("POST", SKUS + "/import", huge, "text/csv");
    assertEquals(413, big.status(), big.status() + "");
    assertTrue(big.contentType().startsWith("application/problem+json"));
    Api.Reply xml = manager.send("POST", SKUS, "<sku/>", "application/xml");
    assertEquals(415, xml.status(), xml.toString());
    assertTrue(xml.contentType().startsWith("application/problem+json"));
    Api.Reply nowhere = manager.get("/api/v1/no-such-thing");
    assertEquals(404, nowhere.status());
    assertTrue(nowhere.contentType().startsWith("application/problem+json"));
  }

  @Test
  void healthAndOpenApiAreServed() {
    Api.Reply ready = api.get("/health/ready");
    assertEquals(200, ready.status(), ready.toString());
    assertEquals("UP", ready.json().getString("status"));
    assertEquals(200, api.get("/health/live").status());
    Api.Reply openapi = api.get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/catalogue/skus"), "documents the catalogue");
    assertTrue(openapi.body().contains("/api/v1/ops/tenants"), "documents onboarding");
  }

  /** Mirrors the server's fingerprint: SHA-256 of path + "?" + query, a NUL, and the body. */
  private static String fingerprint(String path, String body) throws Exception {
    var sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update((path + "?null").getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(body.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(sha.digest());
  }

  /** A well-formed RS256 token with every right claim, signed by a key Keycloak never had. */
  private static String forgedToken() throws Exception {
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    var pair = keys.generateKeyPair();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    long now = Instant.now().getEpochSecond();
    String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}".getBytes(StandardCharsets.UTF_8));
    String claims = "{\"iss\":\"" + Keycloak.issuer() + "\",\"sub\":\"x\",\"upn\":\"alfa-manager\",\"groups\":[\"shop-manager\"],"
        + "\"tenant_id\":\"alfa\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}";
    String payload = b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Signature sig = Signature.getInstance("SHA256withRSA");
    sig.initSign(pair.getPrivate());
    sig.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    return header + "." + payload + "." + b64.encodeToString(sig.sign());
  }

  private static void unauthorized(Api.Reply r) {
    assertEquals(401, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
  }
}
