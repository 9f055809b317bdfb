package com.fulfil.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fulfil.web.ProblemException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParcelTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static Parcel parcel() {
    Map<String, Integer> picked = new LinkedHashMap<>();
    picked.put("TEA", 2);
    picked.put("COFFEE", 1);
    return new Parcel(UUID.randomUUID(), UUID.randomUUID(), "A-1", "PCL000000001", "TOTE-1", "COURIER", picked, "packer", NOW);
  }

  @Test
  void wantedUnitsGoInAndTheRestAreExtra() {
    Parcel p = parcel();
    assertEquals(3, p.missing());
    assertEquals(Parcel.ScanResult.OK, p.scan("4600000000001", "TEA"));
    assertEquals(Parcel.ScanResult.OK, p.scan("C128-TEA", "TEA"));
    assertEquals(Parcel.ScanResult.EXTRA, p.scan("4600000000001", "TEA"), "one too many");
    assertEquals(Parcel.ScanResult.EXTRA, p.scan("999", null), "unknown barcode");
    assertEquals(Parcel.ScanResult.EXTRA, p.scan("999", null));
    assertEquals(1, p.missing());
    assertEquals(3, p.extra());
  }

  @Test
  void removalTakesAnExtraFirstThenAWantedUnit() {
    Parcel p = parcel();
    p.scan("T", "TEA");
    p.scan("T", "TEA");
    p.scan("T", "TEA");
    p.remove("T", "TEA");
    assertEquals(0, p.extra(), "the extra tea went first");
    assertEquals(1, p.missing(), "the two wanted teas stay");
    p.remove("T", "TEA");
    assertEquals(2, p.missing());
    ProblemException none = assertThrows(ProblemException.class, () -> p.remove("X", null));
    assertEquals(422, none.status());
  }

  @Test
  void itClosesOnlyWhenNothingIsMissingOrExtra() {
    Parcel p = parcel();
    p.scan("T", "TEA");
    p.scan("T", "TEA");
    p.scan("C", "COFFEE");
    p.scan("C", "COFFEE");
    ProblemException extra = assertThrows(ProblemException.class, () -> p.close("BOX-S", 500, 1000L, "RUB", NOW));
    assertEquals(409, extra.status());
    assertEquals("the parcel cannot close: 0 missing, 1 extra", extra.getMessage());
    p.remove("C", "COFFEE");
    p.close("BOX-S", 500, 1000L, "RUB", NOW);
    assertEquals(ParcelStatus.PACKED, p.status());
    assertEquals(409, assertThrows(ProblemException.class, () -> p.scan("T", "TEA")).status(), "a packed parcel takes nothing");
    assertEquals(409, assertThrows(ProblemException.class, () -> p.close("BOX-S", 500, null, null, NOW)).status());
  }
}
