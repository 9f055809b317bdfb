package com.fulfil.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Api;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.TestTenants;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Buyers hear of their orders by real email and real SMS over HTTP: the application under test
 * sends to an SMTP server (GreenMail) and an SMS provider stand-in (WireMock) that this test runs
 * on the loopback ports infra/bin/test chose and configured the application with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BuyerNotificationIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String SMS_PATH = "/v1/messages";

  @Deployment(testable = false)
  static WebArchive app() {
    return Deployments.application();
  }

  static GreenMail smtp;
  static WireMockServer smsProvider;

  @BeforeAll
  static void startMailAndSms() {
    smtp = new GreenMail(new ServerSetup(port("fulfil.test.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    smsProvider = new WireMockServer(options().bindAddress("127.0.0.1").port(port("fulfil.test.sms.port")));
    smsProvider.start();
  }

  @AfterAll
  static void stopMailAndSms() {
    if (smtp != null) {
      smtp.stop();
    }
    if (smsProvider != null) {
      smsProvider.stop();
    }
  }

  private static int port(String property) {
    int port = Integer.parseInt(System.getProperty(property, "0"));
    if (port <= 0) {
      throw new IllegalStateException(property + " is not set: run the tests with infra/bin/test");
    }
    return port;
  }

  @ArquillianResource URL url;
  Shop alfa;

  @BeforeEach
  void shops() {
    Api api = Api.at(url);
    TestTenants.ensure(api);
    alfa = new Shop(api, TestTenants.ALFA);
    smsProvider.stubFor(post(SMS_PATH).atPriority(10).willReturn(okJson("{\"id\": \"sms-accepted\"}")));
  }

  @Test
  void theBuyerIsEmailedAndTextedInRussianWhenTheOrderIsReceived() throws Exception {
    Shop.Buyer buyer = Shop.Buyer.russian();
    String number = Shop.externalNumber("N");
    JsonObject order = alfa.order(number, buyer);

    MimeMessage mail = awaitMail(buyer.email());
    assertEquals("Альфа-Маркет: заказ " + number + " принят", mail.getSubject());
    assertEquals(buyer.email(), ((Address) mail.getAllRecipients()[0]).toString());
    assertEquals("orders@fulfil.test", mail.getFrom()[0].toString());
    String body = mail.getContent().toString();
    assertTrue(body.contains("Здравствуйте, Иван Петров!"), body);
    assertTrue(body.contains("заказ " + number + " в магазине «Альфа-Маркет»"), body);
    assertTrue(body.contains("1299,00 RUB"), "the amount due, in the buyer's notation: " + body);

    LoggedRequest sms = awaitSms(buyer.phone()).get(0);
    assertEquals("Bearer test-sms-key", sms.getHeader("Authorization"));
    JsonObject sent = jakarta.json.Json.createReader(new StringReader(sms.getBodyAsString())).readObject();
    assertEquals(buyer.phone(), sent.getString("to"));
    assertEquals("FulfilTest", sent.getString("sender"));
    assertEquals("Альфа-Маркет: заказ " + number + " принят. Скоро позвоним для подтверждения.", sent.getString("text"));

    String id = order.getString("id");
    List<String> outbox = Shop.await("both messages recorded as sent", WAIT, () -> {
      List<String> rows = Shop.outbox(TestTenants.ALFA, id);
      return rows.size() == 2 && rows.stream().allMatch(r -> r.contains(" SENT ")) ? rows : null;
    });
    assertEquals(
        List.of(
            "EMAIL SENT 1 " + buyer.email() + " order-received null",
            "SMS SENT 1 " + buyer.phone() + " order-received sms-accepted"),
        outbox);
  }

  @Test
  void buyersAbroadAreWrittenToInEnglish() throws Exception {
    Shop bravo = new Shop(Api.at(url), TestTenants.BRAVO);
    Shop.Buyer buyer = Shop.Buyer.polish();
    String number = Shop.externalNumber("PL");
    bravo.order(number, buyer);

    MimeMessage mail = awaitMail(buyer.email());
    assertEquals("Bravo Sklep: order " + number + " received", mail.getSubject());
    assertTrue(mail.getContent().toString().contains("Hello Jan Kowalski,"));
    String text = sentText(awaitSms(buyer.phone()).get(0));
    assertTrue(text.startsWith("Bravo Sklep: order " + number + " received."), text);
  }

  @Test
  void aCancellationGoesOutInTheShopsOwnWording() throws Exception {
    String path = "/api/v1/notification-templates/order-cancelled/ru";
    Api.Reply saved =
        alfa.admin.put(
            path,
            Json.object(
                "emailSubject", "Отмена заказа {{orderNumber}}",
                "emailBody", "{{buyerName}}, заказ {{orderNumber}} отменён: {{reason}}. Ваш {{shopName}}.",
                "smsText", null));
    try {
      assertEquals(200, saved.status(), saved.toString());
      assertTrue(saved.json().getBoolean("custom"));
      Shop.Buyer buyer = Shop.Buyer.russian();
      String number = Shop.externalNumber("C");
      JsonObject order = alfa.order(number, buyer);
      Api.Reply cancelled =
          alfa.manager.post("/api/v1/orders/" + order.getString("id") + "/cancellation", Json.object("reason", "передумал"));
      assertEquals(200, cancelled.status(), cancelled.toString());

      MimeMessage mail = awaitMail(buyer.email(), "Отмена заказа " + number);
      assertEquals("Иван Петров, заказ " + number + " отменён: передумал. Ваш Альфа-Маркет.", mail.getContent().toString().trim());
      // The shop cleared the SMS of this moment: the buyer got the SMS of order-received only.
      List<String> outbox = Shop.outbox(TestTenants.ALFA, order.getString("id"));
      assertEquals(3, outbox.size(), outbox.toString());
      assertEquals(1, outbox.stream().filter(r -> r.startsWith("SMS ") && r.contains(" order-received ")).count(), outbox.toString());
      assertEquals(1, outbox.stream().filter(r -> r.startsWith("EMAIL ") && r.contains(" order-cancelled ")).count(), outbox.toString());
    } finally {
      assertEquals(200, alfa.admin.delete(path).status(), "back to the default");
    }
    assertFalse(alfa.admin.get(path).json().getBoolean("custom"));
  }

  @Test
  void aFailingSmsProviderIsRetriedWithBackoffAndNothingIsLost() {
    Shop.Buyer buyer = Shop.Buyer.russian();
    // The provider fails twice (503, then 500) for this buyer, then accepts.
    var to = matchingJsonPath("$.to", equalTo(buyer.phone()));
    smsProvider.stubFor(post(SMS_PATH).withRequestBody(to).inScenario(buyer.phone()).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("failed once"));
    smsProvider.stubFor(post(SMS_PATH).withRequestBody(to).inScenario(buyer.phone()).whenScenarioStateIs("failed once")
        .willReturn(aResponse().withStatus(500)).willSetStateTo("failed twice"));
    smsProvider.stubFor(post(SMS_PATH).withRequestBody(to).inScenario(buyer.phone()).whenScenarioStateIs("failed twice")
        .willReturn(okJson("{\"id\": \"third-time-lucky\"}")));

    JsonObject order = alfa.order(Shop.externalNumber("R"), buyer);
    String id = order.getString("id");

    String sms = Shop.await("the SMS sent after two failures", WAIT, () ->
        Shop.outbox(TestTenants.ALFA, id).stream().filter(r -> r.startsWith("SMS SENT")).findFirst().orElse(null));
    assertEquals("SMS SENT 3 " + buyer.phone() + " order-received third-time-lucky", sms);
    List<LoggedRequest> calls = smsProvider.findAll(postRequestedFor(urlEqualTo(SMS_PATH)).withRequestBody(to));
    assertEquals(3, calls.size(), "two failed attempts and the accepted one, no more");
    assertEquals(sentText(calls.get(0)), sentText(calls.get(2)), "the same text each time");
    long firstGapMs = calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime();
    long secondGapMs = calls.get(2).getLoggedDate().getTime() - calls.get(1).getLoggedDate().getTime();
    assertTrue(firstGapMs >= 450, "backoff of 0.5 s after the first failure, was " + firstGapMs + " ms");
    assertTrue(secondGapMs >= 950, "doubled after the second, was " + secondGapMs + " ms");
  }

  @Test
  void templatesAreListedReadAndValidatedOnSave() {
    Api.Reply list = alfa.admin.get("/api/v1/notification-templates");
    assertEquals(200, list.status(), list.toString());
    assertEquals(
        Moment.values().length * Language.values().length,
        jakarta.json.Json.createReader(new StringReader(list.body())).readArray().size(),
        "every moment in every language");

    String path = "/api/v1/notification-templates/order-confirmed/en";
    Api.Reply one = alfa.manager.get(path);
    assertEquals(200, one.status());
    assertEquals("{{shopName}}: order {{orderNumber}} confirmed", one.json().getString("emailSubject"));
    assertEquals("BUYER", one.json().getString("audience"));

    Api.Reply unknown = alfa.admin.put(path, Json.object("emailSubject", "Order {{orderNumber}}", "emailBody", "Total {{total}}", "smsText", "ok"));
    assertEquals(400, unknown.status(), unknown.toString());
    assertTrue(unknown.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("emailBody"), unknown.problemFields());
    assertFalse(alfa.admin.get(path).json().getBoolean("custom"), "nothing stored");

    Api.Reply smsToShop = alfa.admin.put("/api/v1/notification-templates/shop-order-held/ru", Json.object("emailSubject", "S", "emailBody", "B", "smsText", "no"));
    assertEquals(List.of("smsText"), smsToShop.problemFields());
    assertEquals(400, alfa.admin.put(path, null).status(), "a body is required");
    assertEquals(403, alfa.manager.put(path, Json.object("emailSubject", "S", "emailBody", "B")).status(), "only the shop admin edits");
    assertEquals(404, alfa.admin.get("/api/v1/notification-templates/order-exploded/en").status());
    assertEquals(404, alfa.admin.get("/api/v1/notification-templates/order-confirmed/de").status());
  }

  @Test
  void eachShopHasItsOwnTemplates() {
    String path = "/api/v1/notification-templates/order-delivered/ru";
    Shop bravo = new Shop(Api.at(url), TestTenants.BRAVO);
    Api.Reply saved = alfa.admin.put(path, Json.object("emailSubject", "Alfa only {{orderNumber}}", "emailBody", "Alfa", "smsText", "Alfa"));
    try {
      assertEquals(200, saved.status(), saved.toString());
      JsonObject seenByBravo = bravo.admin.get(path).json();
      assertFalse(seenByBravo.getBoolean("custom"), "B sees its own (default) template, not A's");
      assertEquals("{{shopName}}: заказ {{orderNumber}} доставлен", seenByBravo.getString("emailSubject"));
      assertEquals(200, bravo.admin.delete(path).status(), "B's reset leaves A's template alone");
      assertEquals("Alfa only {{orderNumber}}", alfa.admin.get(path).json().getString("emailSubject"));
    } finally {
      alfa.admin.delete(path);
    }
  }

  @Test
  void settingsChooseTheLanguageAndTheShopsContactEmail() {
    String path = "/api/v1/notification-settings";
    Api.Reply bad = alfa.admin.put(path, Json.object("buyerLanguage", "de", "shopLanguage", "ru", "contactEmail", "not-an-email"));
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(List.of("buyerLanguage", "contactEmail"), bad.problemFields());

    Api.Reply saved = alfa.admin.put(path, Json.object("buyerLanguage", "auto", "shopLanguage", "ru", "contactEmail", "orders@alfa.example"));
    assertEquals(200, saved.status(), saved.toString());
    JsonObject read = alfa.manager.get(path).json();
    assertEquals("auto", read.getString("buyerLanguage"));
    assertEquals("orders@alfa.example", read.getString("contactEmail"));
    assertEquals(403, alfa.manager.put(path, Json.object("buyerLanguage", "en", "shopLanguage", "en")).status());
    assertTrue(new Shop(Api.at(url), TestTenants.BRAVO).admin.get(path).json().isNull("contactEmail"), "B has its own settings");
  }

  private static MimeMessage awaitMail(String recipient) {
    return awaitMail(recipient, null);
  }

  private static MimeMessage awaitMail(String recipient, String subject) {
    return Shop.await("an email to " + recipient + (subject == null ? "" : " about " + subject), WAIT, () ->
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> to(m).contains(recipient) && (subject == null || subject(m).equals(subject)))
            .findFirst()
            .orElse(null));
  }

  private static List<LoggedRequest> awaitSms(String phone) {
    return Shop.await("an SMS to " + phone, WAIT, () -> {
      List<LoggedRequest> found = smsProvider.findAll(postRequestedFor(urlEqualTo(SMS_PATH)).withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
      return found.isEmpty() ? null : found;
    });
  }

  private static String sentText(LoggedRequest r) {
    return jakarta.json.Json.createReader(new StringReader(r.getBodyAsString())).readObject().getString("text");
  }

  private static String to(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
