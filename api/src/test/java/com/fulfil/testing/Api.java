package com.fulfil.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for the API under test, always on loopback. */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

  private final String base;
  private final String token;
  private final Map<String, String> headers;

  private Api(String base, String token, Map<String, String> headers) {
    this.base = base;
    this.token = token;
    this.headers = headers;
  }

  /** Payara Micro reports a non-loopback address; keep its port and use 127.0.0.1. */
  public static Api at(URL deployed) {
    return new Api("http://127.0.0.1:" + deployed.getPort(), null, Map.of());
  }

  public String base() {
    return base;
  }

  public Api as(String bearerToken) {
    return new Api(base, bearerToken, headers);
  }

  public Api asUser(String username) {
    return as(Keycloak.user(username));
  }

  public Api header(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Api(base, token, h);
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public Reply send(String method, String path, String body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().map(), r.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers and the body, parsed as JSON on demand. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray items() {
      return json().getJsonArray("items");
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    /** The fields an RFC 9457 problem names in its errors. */
    public List<String> problemFields() {
      JsonArray errors = json().getJsonArray("errors");
      if (errors == null) {
        return List.of();
      }
      return errors.stream()
          .map(JsonValue::asJsonObject)
          .map(e -> e.containsKey("field") ? e.getString("field") : e.getString("column", ""))
          .toList();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
