package com.fulfil.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real tokens from the real Keycloak that the test script started (realm {@code fulfil}, see
 * infra/keycloak). Users sign in with the password grant of the {@code fulfil-cli} client; shop
 * systems with client credentials.
 */
public final class Keycloak {
  public static final String PASSWORD = "demo";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

  private record Token(String value, Instant expires) {}

  private Keycloak() {}

  public static String url() {
    String url = System.getProperty("fulfil.kc.url");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("fulfil.kc.url is not set: run the tests with infra/bin/test");
    }
    return url;
  }

  public static String issuer() {
    return url() + "/realms/fulfil";
  }

  /** An access token of a demo user (password "demo"), cached until shortly before it expires. */
  public static String user(String username) {
    return cached("user:" + username, () -> request(Map.of(
        "grant_type", "password", "client_id", "fulfil-cli", "client_secret", "fulfil-cli-secret",
        "username", username, "password", PASSWORD, "scope", "openid")));
  }

  /** An access token of a shop's integration client (client credentials). */
  public static String client(String clientId, String secret) {
    return cached("client:" + clientId, () -> request(Map.of(
        "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
  }

  /** A genuine Keycloak token that lives two seconds, for testing expiry. */
  public static String shortLived(String username) {
    return request(Map.of(
            "grant_type", "password", "client_id", "fulfil-cli-shortlived",
            "client_secret", "fulfil-cli-shortlived-secret", "username", username, "password", PASSWORD))
        .getString("access_token");
  }

  private static String cached(String key, java.util.function.Supplier<JsonObject> fetch) {
    Token t = CACHE.get(key);
    if (t == null || Instant.now().isAfter(t.expires())) {
      JsonObject json = fetch.get();
      t = new Token(json.getString("access_token"), Instant.now().plusSeconds(json.getInt("expires_in") - 30L));
      CACHE.put(key, t);
    }
    return t.value();
  }

  private static JsonObject request(Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Keycloak refused " + form.get("grant_type") + ": " + response.body());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
