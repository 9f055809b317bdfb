package com.fulfil.notification;

import static com.fulfil.testing.SkuBuilder.aSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Json;
import com.fulfil.testing.SkuBuilder;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A shop as the notification tests use it: its manager places orders (each with a buyer of its own,
 * so that tests never confuse their messages with another test's), its admin manages notifications.
 */
final class Shop {
  final Api manager;
  final Api admin;
  final String tenant;
  private final String skuCode;

  Shop(Api api, String tenant) {
    this.tenant = tenant;
    this.manager = api.asUser(tenant + "-manager");
    this.admin = api.asUser(tenant + "-admin");
    SkuBuilder sku = aSku().priceMinor(129_900);
    Api.Reply created = manager.post("/api/v1/catalogue/skus", sku.json());
    assertEquals(201, created.status(), created.toString());
    this.skuCode = sku.code();
  }

  /** A buyer nobody else uses: a random mobile number and email. */
  record Buyer(String name, String phone, String email, String country) {
    static Buyer russian() {
      long n = ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
      return new Buyer("Иван Петров", "+7916" + n, "buyer-" + n + "@example.ru", "RU");
    }

    static Buyer polish() {
      long n = ThreadLocalRandom.current().nextLong(100_000L, 999_999L);
      return new Buyer("Jan Kowalski", "+48601" + n, "kupujacy-" + n + "@example.pl", "PL");
    }
  }

  /** Places an order for {@code buyer}; returns the created order. */
  JsonObject order(String externalNumber, Buyer buyer) {
    String address =
        buyer.country().equals("RU")
            ? Json.object("country", "RU", "region", "Московская обл.", "city", "Химки", "street", "ул. Ленина, 1")
            : Json.object("country", "PL", "city", "Kraków", "street", "ul. Długa 5");
    String body =
        "{\"externalNumber\":\"" + externalNumber + "\",\"buyer\":{\"name\":\"" + buyer.name() + "\",\"phone\":\""
            + buyer.phone() + "\",\"email\":\"" + buyer.email() + "\",\"address\":" + address + "},"
            + "\"lines\":[{\"sku\":\"" + skuCode + "\",\"qty\":1}],\"paymentForm\":\"COD_CASH\",\"deliveryMethod\":\"COURIER\"}";
    Api.Reply created = manager.post("/api/v1/orders", body);
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  static String externalNumber(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  /** Polls until {@code found} returns a value (not null), or fails after {@code timeout}. */
  static <T> T await(String what, Duration timeout, Supplier<T> found) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** "channel status attempts recipient moment" of the outbox rows of an order, oldest first (as the owner, tenant bound). */
  static List<String> outbox(String tenant, String orderId) {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, tenant);
        set.execute();
      }
      List<String> rows = new ArrayList<>();
      try (PreparedStatement q =
          c.prepareStatement(
              "select channel, status, attempts, recipient, moment, provider_id from ntf_message"
                  + " where order_id = cast(? as uuid) order by created_at, channel")) {
        q.setString(1, orderId);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            rows.add(
                rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4) + " " + rs.getString(5)
                    + " " + rs.getString(6));
          }
        }
      }
      c.commit();
      return rows;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
