package com.fulfil.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NativeRowsTest {

  static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");

  @Test
  void timestampsArriveInEveryShapeTheDriverUses() {
    assertEquals(AT, NativeRows.instant(Timestamp.from(AT)));
    assertEquals(AT, NativeRows.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.ofHours(3))));
    assertEquals(AT, NativeRows.instant(AT.toString()));
    assertNull(NativeRows.instant(null));
  }

  @Test
  void uuidsArriveAsUuidsOrText() {
    UUID id = UUID.randomUUID();
    assertEquals(id, NativeRows.uuid(id));
    assertEquals(id, NativeRows.uuid(id.toString()));
    assertNull(NativeRows.uuid(null));
  }
}
