package com.fulfil.notification;

import com.fulfil.web.Jsonp;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS over a JSON HTTP API.
 *
 * <pre>
 * POST {fulfil.sms.url}
 * Authorization: Bearer {fulfil.sms.key}
 * Content-Type: application/json; charset=utf-8
 *
 * {"to": "+79161234567", "text": "...", "sender": "{fulfil.sms.sender}", "reference": "&lt;our message id&gt;"}
 * </pre>
 *
 * A 2xx answer means accepted; its body may carry {@code {"id": "<provider message id>"}}. 429 and
 * 5xx (and no answer at all) are temporary: the outbox tries again with backoff. Any other 4xx is
 * a refusal of this message (a bad number, say) and is not retried.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

  @Inject
  @ConfigProperty(name = "fulfil.sms.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "fulfil.sms.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "fulfil.sms.sender", defaultValue = "Fulfil")
  String sender;

  @Inject
  @ConfigProperty(name = "fulfil.sms.timeout-ms", defaultValue = "10000")
  long timeoutMs;

  private HttpClient http;

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(Math.min(timeoutMs, 5_000)))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public boolean configured() {
    return url.filter(u -> !u.isBlank()).isPresent();
  }

  @Override
  public String send(Sms sms) throws SendFailure {
    String body =
        Jsonp.provider().createObjectBuilder()
            .add("to", sms.to())
            .add("text", sms.text())
            .add("sender", sender)
            .add("reference", sms.reference())
            .build()
            .toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.orElseThrow().trim()))
            .timeout(Duration.ofMillis(timeoutMs))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    key.filter(k -> !k.isBlank()).ifPresent(k -> request.header("Authorization", "Bearer " + k));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw SendFailure.transientFailure("SMS provider unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SendFailure.transientFailure("interrupted", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return providerId(response.body());
    }
    boolean temporary = status == 429 || status >= 500;
    throw new SendFailure("SMS provider answered " + status + ": " + abbreviate(response.body()), !temporary, status, null);
  }

  private static String providerId(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonObject json = Jsonp.provider().createReader(new StringReader(body)).readObject();
      return json.containsKey("id") && !json.isNull("id") ? json.get("id").toString().replace("\"", "") : null;
    } catch (JsonException | ClassCastException | IllegalStateException e) {
      return null; // accepted all the same: the status says so
    }
  }

  static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
