package com.fulfil.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Test SKUs: {@code aSku().withBarcode(Ean13.random()).json()}. Codes are unique per call. */
public final class SkuBuilder {
  private String sku = "T-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  private String name = "Чай зелёный " + sku;
  private final List<String> barcodes = new ArrayList<>();
  private Object weightGrams = 250;
  private long priceMinor = 129_900;
  private boolean expiryTracked;
  private List<String> substitutes;

  public static SkuBuilder aSku() {
    return new SkuBuilder();
  }

  public SkuBuilder sku(String code) {
    this.sku = code;
    return this;
  }

  public SkuBuilder name(String name) {
    this.name = name;
    return this;
  }

  public SkuBuilder withBarcode(String code) {
    barcodes.add(code);
    return this;
  }

  public SkuBuilder weightGrams(Object grams) {
    this.weightGrams = grams;
    return this;
  }

  public SkuBuilder priceMinor(long minor) {
    this.priceMinor = minor;
    return this;
  }

  public SkuBuilder expiryTracked() {
    this.expiryTracked = true;
    return this;
  }

  /** Analogues by SKU code, preferred first (not sent at all unless set). */
  public SkuBuilder substitutes(String... codes) {
    this.substitutes = List.of(codes);
    return this;
  }

  public String code() {
    return sku;
  }

  public String json() {
    if (substitutes != null) {
      return Json.object(
          "sku", sku, "name", name, "barcodes", barcodes, "weightGrams", weightGrams, "lengthMm", 100,
          "widthMm", 50, "heightMm", 20, "priceMinor", priceMinor, "expiryTracked", expiryTracked,
          "substitutes", substitutes);
    }
    return Json.object(
        "sku", sku, "name", name, "barcodes", barcodes, "weightGrams", weightGrams, "lengthMm", 100,
        "widthMm", 50, "heightMm", 20, "priceMinor", priceMinor, "expiryTracked", expiryTracked);
  }

  /** A random EAN-13 with a correct check digit. */
  public static String randomEan13() {
    StringBuilder b = new StringBuilder("46");
    ThreadLocalRandom r = ThreadLocalRandom.current();
    while (b.length() < 12) {
      b.append(r.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int d = b.charAt(i) - '0';
      sum += i % 2 == 0 ? d : 3 * d;
    }
    return b.append((10 - sum % 10) % 10).toString();
  }
}
