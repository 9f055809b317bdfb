package com.fulfil.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POSTs one signed event to a shop's endpoint. Any 2xx acknowledges it; anything else, or no
 * answer within the timeout, is a failed attempt. Redirects are not followed: a webhook is
 * delivered to the URL the shop registered and nowhere else.
 */
@ApplicationScoped
public class WebhookClient {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "fulfil.webhook.timeout-ms", defaultValue = "10000")
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

  /** Returns the 2xx status; throws with the status (or none) otherwise. */
  int post(String url, String secret, String eventId, String eventType, String deliveryId, String payload) throws SendFailure {
    long t = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMillis(timeoutMs))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Fulfil-Webhooks/1")
            .header(WebhookSignature.HEADER, WebhookSignature.header(secret, t, payload))
            .header("Fulfil-Event-Id", eventId)
            .header("Fulfil-Event-Type", eventType)
            .header("Fulfil-Delivery-Id", deliveryId)
            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw SendFailure.transientFailure("no answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SendFailure.transientFailure("interrupted", e);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return status;
    }
    throw new SendFailure("HTTP " + status + ": " + HttpSmsGateway.abbreviate(response.body()), false, status, null);
  }
}
