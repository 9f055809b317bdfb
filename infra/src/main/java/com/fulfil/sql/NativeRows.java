package com.fulfil.sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Values of native query rows as our types. The PostgreSQL driver and EclipseLink hand back a
 * {@code uuid} as UUID or String and a {@code timestamptz} as Timestamp or OffsetDateTime,
 * depending on the path; these read all of them. Null stays null.
 */
public final class NativeRows {

  private NativeRows() {}

  public static UUID uuid(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    return Instant.parse(value.toString());
  }
}
