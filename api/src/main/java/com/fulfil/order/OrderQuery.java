package com.fulfil.order;

import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Filters of the order list as written in the query string: {@code status} (repeated or
 * comma-separated), {@code receivedFrom} (inclusive) and {@code receivedTo} (exclusive) as ISO
 * instants ({@code 2025-03-01T00:00:00Z}, an offset such as {@code +03:00} is accepted too), {@code
 * phone} in any written form, {@code externalNumber} exactly.
 */
public record OrderQuery(
    List<String> statuses, String receivedFrom, String receivedTo, String phone, String externalNumber) {

  public static final OrderQuery ALL = new OrderQuery(List.of(), null, null, null, null);

  /** The filters, checked; {@code homeCountry} reads a phone written without a country code. */
  OrderSearch parse(String homeCountry) {
    List<Violation> v = new ArrayList<>();
    Set<OrderStatus> chosen = EnumSet.noneOf(OrderStatus.class);
    for (String written : statuses == null ? List.<String>of() : statuses) {
      for (String s : written.split(",")) {
        if (s.isBlank()) {
          continue;
        }
        try {
          chosen.add(OrderStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          v.add(Violation.field("status", "'" + s.trim() + "' is not an order status"));
        }
      }
    }
    Instant from = instant(receivedFrom, "receivedFrom", v);
    Instant to = instant(receivedTo, "receivedTo", v);
    if (from != null && to != null && !from.isBefore(to)) {
      v.add(Violation.field("receivedTo", "must be after receivedFrom"));
    }
    String e164 = null;
    if (phone != null && !phone.isBlank()) {
      try {
        e164 = PhoneNumber.parse(phone, homeCountry).e164();
      } catch (IllegalArgumentException e) {
        v.add(Violation.field("phone", e.getMessage()));
      }
    }
    String number = externalNumber == null || externalNumber.isBlank() ? null : externalNumber.strip();
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return new OrderSearch(chosen, from, to, e164, number);
  }

  static Instant instant(String text, String field, List<Violation> v) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text.trim()).toInstant();
      } catch (DateTimeParseException again) {
        v.add(Violation.field(field, "must be an ISO instant like 2025-03-01T00:00:00Z"));
        return null;
      }
    }
  }
}
