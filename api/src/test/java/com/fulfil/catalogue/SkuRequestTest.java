package com.fulfil.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkuRequestTest {

  private static SkuRequest sku(String code, List<String> barcodes, Integer weight, Long price) {
    return new SkuRequest(code, "Чай", barcodes, weight, 1, 1, 1, price, false, null, null);
  }

  @Test
  void aCompleteSkuIsValid() {
    assertEquals(List.of(), sku("TEA-1", List.of("4600000000015", "TEA/1 box"), 250, 0L).violations());
  }

  @Test
  void namesEveryBadField() {
    var fields = sku(" ", List.of("4600000000017", "ok", "ok", "\u0001"), -1, null).violations().stream()
        .map(v -> v.field()).toList();
    assertEquals(List.of("sku", "barcodes[0]", "barcodes[2]", "barcodes[3]", "weightGrams", "priceMinor"), fields);
  }

  @Test
  void substitutesAreOtherSkusEachOnceAtMostTen() {
    SkuRequest ok = new SkuRequest("TEA-1", "Чай", List.of(), 1, 1, 1, 1, 0L, false, List.of(" TEA-2 ", "TEA-3"), null);
    assertEquals(List.of(), ok.violations());
    assertEquals(List.of("TEA-2", "TEA-3"), ok.substituteList(), "trimmed, in the shop's order");
    SkuRequest bad = new SkuRequest("TEA-1", "Чай", List.of(), 1, 1, 1, 1, 0L, false, List.of("TEA-1", "TEA-2", "TEA-2", " "), null);
    assertEquals(List.of("substitutes[0]", "substitutes[2]", "substitutes[3]"), bad.violations().stream().map(v -> v.field()).toList());
    List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "S-" + i).toList();
    assertEquals(List.of("substitutes"),
        new SkuRequest("TEA-1", "Чай", List.of(), 1, 1, 1, 1, 0L, false, eleven, null).violations().stream().map(v -> v.field()).toList());
    assertEquals(List.of(), sku("TEA-1", List.of(), 1, 0L).substituteList(), "none given: none");
  }

  @Test
  void ean13NeedsItsCheckDigitAndOtherCodesAreCode128() {
    assertNull(Barcode.problem("4006381333931"));
    assertEquals("is not a valid EAN-13 (check digit)", Barcode.problem("4006381333932"));
    assertNull(Barcode.problem("ABC-123 x"), "Code-128: printable ASCII");
    assertFalse(Barcode.problem("Чай") == null, "Cyrillic is not Code-128");
    assertTrue(Barcode.problem("x".repeat(49)).contains("48"));
  }
}
