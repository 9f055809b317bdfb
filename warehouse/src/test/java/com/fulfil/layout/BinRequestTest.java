package com.fulfil.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.web.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinRequestTest {

  @Test
  void aWellFormedBinHasNoViolations() {
    assertEquals(List.of(), new BinRequest("A", "01", "02", "3", "B", "BIN-A-01-02-3-B", 0).violations());
  }

  @Test
  void namesEveryBadField() {
    List<String> fields =
        new BinRequest(" ", "", "toolongrack", "3", "b", "BIN\u00e9", null).violations().stream().map(Violation::field).toList();
    assertEquals(List.of("zone", "aisle", "rack", "position", "barcode", "sequence"), fields);
  }

  @Test
  void zoneCodesAreCapitalsDigitsAndUnderscoreAndKindsAreKnown() {
    assertEquals(List.of(), new ZoneRequest("COLD_1", "Cold room", "STORAGE").violations());
    assertEquals(List.of("code", "kind"), new ZoneRequest("a-1", "x", "FREEZER").violations().stream().map(Violation::field).toList());
    assertEquals(ZoneKind.STORAGE, new ZoneRequest("A", "A", null).zoneKind());
  }
}
