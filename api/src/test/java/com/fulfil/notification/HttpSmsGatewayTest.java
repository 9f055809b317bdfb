package com.fulfil.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real HTTP SMS client against a stand-in provider (WireMock) on a free loopback port. */
class HttpSmsGatewayTest {

  private WireMockServer provider;
  private HttpSmsGateway gateway;

  @BeforeEach
  void start() {
    provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    provider.start();
    gateway = gateway("http://127.0.0.1:" + provider.port() + "/v1/messages");
  }

  @AfterEach
  void stop() {
    provider.stop();
  }

  static HttpSmsGateway gateway(String url) {
    HttpSmsGateway g = new HttpSmsGateway();
    g.url = Optional.ofNullable(url);
    g.key = Optional.of("secret-key");
    g.sender = "Shop";
    g.timeoutMs = 30_000; // generous: a loaded CI box must not turn a 503 into a timeout
    g.init();
    return g;
  }

  @Test
  void postsJsonWithTheBearerKeyAndReturnsTheProviderId() throws Exception {
    provider.stubFor(post("/v1/messages").willReturn(okJson("{\"id\": \"prov-42\"}")));

    String id = gateway.send(new SmsGateway.Sms("+79161234567", "Заказ A-1 подтверждён", "m-1"));

    assertEquals("prov-42", id);
    provider.verify(
        postRequestedFor(urlEqualTo("/v1/messages"))
            .withHeader("Authorization", equalTo("Bearer secret-key"))
            .withRequestBody(
                equalToJson("{\"to\":\"+79161234567\",\"text\":\"Заказ A-1 подтверждён\",\"sender\":\"Shop\",\"reference\":\"m-1\"}")));
  }

  @Test
  void serverErrorsAndThrottlingAreTemporary() {
    provider.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(503)));
    SendFailure f = assertThrows(SendFailure.class, () -> gateway.send(new SmsGateway.Sms("+79161234567", "t", "m")));
    assertFalse(f.permanent());
    assertEquals(503, f.statusCode());

    provider.resetAll();
    provider.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(429)));
    assertFalse(assertThrows(SendFailure.class, () -> gateway.send(new SmsGateway.Sms("+79161234567", "t", "m"))).permanent());
  }

  @Test
  void aRefusedMessageIsPermanent() {
    provider.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad number\"}")));
    SendFailure f = assertThrows(SendFailure.class, () -> gateway.send(new SmsGateway.Sms("+79161234567", "t", "m")));
    assertTrue(f.permanent());
    assertTrue(f.getMessage().contains("bad number"));
  }

  @Test
  void anUnreachableProviderIsTemporary() {
    provider.stop();
    assertFalse(assertThrows(SendFailure.class, () -> gateway.send(new SmsGateway.Sms("+79161234567", "t", "m"))).permanent());
  }

  @Test
  void acceptedWithoutABodyStillCounts() throws Exception {
    provider.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(202)));
    assertEquals(null, gateway.send(new SmsGateway.Sms("+79161234567", "t", "m")));
    assertFalse(gateway(null).configured());
  }
}
