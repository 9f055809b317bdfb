package com.fulfil.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a shop knows a webhook call came from us and was not replayed later.
 *
 * <p>Header {@code Fulfil-Signature: t=<unix seconds>,v1=<hex>} where {@code hex} is the lowercase
 * hex HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes, as shown at registration), of
 * the string {@code <t>.<raw request body>}. The receiver recomputes it over the raw body it got,
 * compares in constant time, and rejects a {@code t} older than a few minutes.
 */
public final class WebhookSignature {

  public static final String HEADER = "Fulfil-Signature";
  private static final String SECRET_PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** A new secret: 32 random bytes, hex, with a recognisable prefix. */
  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return SECRET_PREFIX + HexFormat.of().formatHex(bytes);
  }

  /** The header value for {@code body} sent at {@code unixSeconds}. */
  static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds + "." + body);
  }

  static String hmacHex(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
