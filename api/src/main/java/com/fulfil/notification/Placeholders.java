package com.fulfil.notification;

import com.fulfil.money.Money;
import com.fulfil.order.OrderStatusChanged;
import com.fulfil.order.OrderView;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of {@link TemplateText#PLACEHOLDERS} for one moment of one order, formatted for the
 * reader's language. Dates and slots are the buyer's local ones, as the order states them.
 */
final class Placeholders {

  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private Placeholders() {}

  static Map<String, String> of(OrderView order, String shopName, OrderStatusChanged event, Language language) {
    Map<String, String> v = new HashMap<>();
    v.put("orderNumber", order.externalNumber() != null ? order.externalNumber() : order.id().toString().substring(0, 8));
    v.put("orderId", order.id().toString());
    v.put("buyerName", order.buyer().name());
    v.put("shopName", shopName);
    v.put("status", event.to().name());
    v.put("codAmount", amount(order.totals().codAmountMinor(), order.totals().currency(), language));
    v.put(
        "deliveryDate",
        order.deliveryDate() == null ? "" : order.deliveryDate().format(language == Language.RU ? RU_DATE : EN_DATE));
    v.put(
        "deliverySlot",
        order.slotFrom() == null ? "" : order.slotFrom() + "–" + order.slotTo());
    v.put("reason", event.reason() == null ? "" : event.reason());
    return v;
  }

  /** {@code 1299.00 RUB}, with a decimal comma in Russian: {@code 1299,00 RUB}. */
  static String amount(long minor, String currency, Language language) {
    String decimal = Money.ofMinor(minor, currency).toDecimalString();
    return (language == Language.RU ? decimal.replace('.', ',') : decimal) + " " + currency;
  }
}
