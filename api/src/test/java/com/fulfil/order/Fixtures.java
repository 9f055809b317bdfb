package com.fulfil.order;

import com.fulfil.catalogue.SkuView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared test data of the order unit tests: a shop in RUB, Moscow, with three SKUs, at a fixed time. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2025-03-01T13:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Moscow");

  static final Map<String, SkuView> CATALOGUE =
      Map.of(
          "TEA-1", sku("TEA-1", "Чай зелёный", 129_900),
          "COFFEE-7", sku("COFFEE-7", "Кофе молотый", 45_000),
          "SUGAR", sku("SUGAR", "Сахар", 8_950));

  private Fixtures() {}

  static SkuView sku(String code, String name, long priceMinor) {
    return new SkuView(UUID.randomUUID(), code, name, List.of(), 100, 10, 10, 10, new SkuView.MoneyView(priceMinor, "RUB"), false, List.of(), 1);
  }

  static IntakeRules rules() {
    return new IntakeRules("RUB", SHOP_ZONE, CATALOGUE, CLOCK);
  }

  static AddressRequest moscow() {
    return new AddressRequest("RU", "Московская обл.", "Химки", "ул. Ленина, 1, кв. 5", "141400");
  }

  static OrderRequest order(String externalNumber, List<OrderLineRequest> lines) {
    return new OrderRequest(
        externalNumber,
        new BuyerRequest("Иван Петров", "8 (916) 123-45-67", "ivan@example.ru", moscow(), null),
        lines, null, 30_000L, null, "COD_CASH", "COURIER", "2025-03-03", "10:00", "14:00", "домофон не работает");
  }

  static OrderRequest order() {
    return order("A-1", List.of(new OrderLineRequest("TEA-1", 2, null), new OrderLineRequest("SUGAR", 3, 9_000L)));
  }

  static Order received(OrderRequest request) {
    IntakeRules.Checked<OrderDraft> checked = rules().check(request);
    if (!checked.ok()) {
      throw new AssertionError(checked.violations().toString());
    }
    return Order.receive(checked.value(), "alfa-manager", "test", NOW);
  }
}
