package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void matchesAPublishedHmacSha256TestVector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        WebhookSignature.hmacHex("Jefe", "what do ya want for nothing?"));
  }

  @Test
  void signsTheTimestampDotBody() {
    String header = WebhookSignature.header("Jefe", 1_700_000_000L, "{\"a\":1}");
    assertEquals("t=1700000000,v1=" + WebhookSignature.hmacHex("Jefe", "1700000000.{\"a\":1}"), header);
    assertNotEquals(header, WebhookSignature.header("Jefe", 1_700_000_001L, "{\"a\":1}"), "the time is signed");
  }

  @Test
  void secretsAreLongRandomAndDistinct() {
    String a = WebhookSignature.newSecret();
    String b = WebhookSignature.newSecret();
    assertTrue(a.matches("whsec_[0-9a-f]{64}"), a);
    assertNotEquals(a, b);
  }
}
