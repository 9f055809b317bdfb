package com.fulfil.tenant;

import com.fulfil.money.Money;
import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Violation;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What the platform administrator states about a shop. {@code id} is ignored on update. */
public record TenantRequest(
    String id,
    String name,
    String legalName,
    String taxId,
    String legalAddress,
    String currency,
    String timeZone,
    String callWindowStart,
    String callWindowEnd) {

  static final int NAME_MAX = 200;

  List<Violation> violations(boolean creating) {
    List<Violation> v = new ArrayList<>();
    if (creating && !TenantId.isValid(id)) {
      v.add(Violation.field("id", "must be 2-40 characters of a-z, 0-9 and '-'"));
    }
    text(v, "name", name, true);
    text(v, "legalName", legalName, true);
    text(v, "taxId", taxId, false);
    text(v, "legalAddress", legalAddress, false);
    try {
      Money.currency(currency);
    } catch (IllegalArgumentException e) {
      v.add(Violation.field("currency", e.getMessage()));
    }
    if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
      v.add(Violation.field("timeZone", "must be an IANA time zone such as Europe/Moscow"));
    }
    LocalTime start = time(v, "callWindowStart", callWindowStart);
    LocalTime end = time(v, "callWindowEnd", callWindowEnd);
    if (start != null && end != null && !start.isBefore(end)) {
      v.add(Violation.field("callWindowEnd", "must be later than callWindowStart"));
    }
    return v;
  }

  private static void text(List<Violation> v, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        v.add(Violation.field(field, "is required"));
      }
    } else if (value.length() > NAME_MAX) {
      v.add(Violation.field(field, "must be at most " + NAME_MAX + " characters"));
    }
  }

  private static LocalTime time(List<Violation> v, String field, String value) {
    try {
      return LocalTime.parse(value == null ? "" : value);
    } catch (DateTimeException e) {
      v.add(Violation.field(field, "must be a time of day such as 09:00"));
      return null;
    }
  }
}
