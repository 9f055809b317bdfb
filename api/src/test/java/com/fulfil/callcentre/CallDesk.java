package com.fulfil.callcentre;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data of the call-centre ITs: orders of a shop through the order API (each opens a real call
 * task), and, through the owning role's direct SQL, the passing of time that a test cannot wait
 * for: a task made the most urgent of the queue (its queue key moved into the past, as if its order
 * came in long ago), a retry made due now, a claim made to have lapsed.
 */
final class CallDesk {

  /**
   * Each task put in front gets a key earlier than every one before, also across test JVMs (the
   * offset grows with the wall clock): the task put in front last is the most urgent.
   */
  private static final AtomicLong FRONT = new AtomicLong();
  private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");

  private CallDesk() {}

  /** A zone where it is now about {@code hour} o'clock (Etc/GMT zones have no DST). */
  static ZoneId zoneAtLocalHour(int hour) {
    int utcHour = Instant.now().atZone(ZoneOffset.UTC).getHour();
    int offset = hour - utcHour;
    if (offset > 14) {
      offset -= 24;
    } else if (offset < -12) {
      offset += 24;
    }
    // POSIX-style names: Etc/GMT-3 is UTC+3.
    return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
  }

  /** A courier order of one line of {@code sku}, for a buyer in {@code zone}; the created order's JSON. */
  static JsonObject order(Api shop, String sku, ZoneId zone, String deliveryMethod, LocalDate date, String slotFrom, String slotTo) {
    return order(shop, Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("qty", 2)), zone, deliveryMethod,
        date, slotFrom, slotTo);
  }

  /** An order with these lines ({@code [{sku, qty}]}). */
  static JsonObject order(Api shop, JsonArrayBuilder lines, ZoneId zone, String deliveryMethod, LocalDate date, String slotFrom,
      String slotTo) {
    JsonObjectBuilder buyer = Json.createObjectBuilder()
        .add("name", "Иван Петров")
        .add("phone", "+79161234567")
        .add("email", "ivan@example.ru")
        .add("address", Json.createObjectBuilder()
            .add("country", "RU").add("region", "Московская обл.").add("city", "Химки")
            .add("street", "ул. Ленина, 1, кв. 5").add("postalCode", "141400"))
        .add("timeZone", zone.getId());
    JsonObjectBuilder order = Json.createObjectBuilder()
        .add("externalNumber", "CC-" + UUID.randomUUID())
        .add("buyer", buyer)
        .add("lines", lines)
        .add("deliveryFeeMinor", 30_000)
        .add("paymentForm", "COD_CASH")
        .add("deliveryMethod", deliveryMethod)
        .add("notes", "test order of the call-centre");
    if (date != null) {
      order.add("deliveryDate", date.toString());
    }
    if (slotFrom != null) {
      order.add("slotFrom", slotFrom).add("slotTo", slotTo);
    }
    Api.Reply r = shop.post("/api/v1/orders", order.build().toString());
    if (r.status() != 201) {
      throw new IllegalStateException("order not created: " + r);
    }
    return r.json();
  }

  /** Moves the open tasks of the order to the front of the queue and makes them callable now. */
  static void putInFront(UUID orderId) throws SQLException {
    long offset = FRONT.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
    Instant key = LONG_AGO.minusMillis(offset);
    update(
        "update cc_call_task set priority_at = ?, available_at = least(available_at, now()) where order_id = ? and state = 'OPEN'",
        Timestamp.from(key), orderId);
  }

  /** The operator's claims lapse, as if the lease ran out: the tasks are free for anyone again. */
  static void lapseClaimsOf(String operator) throws SQLException {
    update("update cc_call_task set claimed_at = claimed_at - interval '1 day', claimed_until = claimed_at - interval '1 day' + interval '1 second'"
        + " where claimed_by = ? and state = 'OPEN'", operator);
  }

  private static void update(String sql, Object... params) throws SQLException {
    try (Connection c = Database.owner(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
