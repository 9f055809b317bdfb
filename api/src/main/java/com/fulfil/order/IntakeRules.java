package com.fulfil.order;

import com.fulfil.catalogue.SkuView;
import com.fulfil.web.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an order must satisfy, at intake and when edited during confirmation: one set of rules for
 * the REST, batch and CSV channels and for the call-centre, each problem named by its JSON path
 * ({@code lines[2].qty}, {@code buyer.phone}). Holds what the rules depend on: the shop's currency
 * and zone, the shop's catalogue entries for the SKUs in question, and the clock.
 */
final class IntakeRules {

  static final int LINES_MAX = 200;
  static final int QTY_MAX = 10_000;
  /**
   * 10^10 minor units (100 million roubles) for a unit price or a fee: beyond that it is a typo.
   * With {@link #QTY_MAX} and {@link #LINES_MAX} a total stays far inside a long.
   */
  static final long AMOUNT_MAX_MINOR = 10_000_000_000L;
  static final int EXTERNAL_NUMBER_MAX = 64;
  static final int NAME_MAX = 200;
  static final int PLACE_MAX = 200;
  static final int STREET_MAX = 300;
  static final int POSTAL_CODE_MAX = 20;
  static final int EMAIL_MAX = 254;
  static final int NOTES_MAX = 2_000;
  static final int REASON_MAX = 500;
  /** A wish further ahead than half a year is a typo in the year, not a plan. */
  static final int DELIVERY_DAYS_AHEAD_MAX = 180;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern POSTAL_CODE = Pattern.compile("[\\p{L}\\p{N} -]+");
  /** Control characters other than line breaks and tabs: junk from a broken export. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  /** Either a value or the reasons it could not be made. */
  record Checked<T>(T value, List<Violation> violations) {
    boolean ok() {
      return violations.isEmpty();
    }
  }

  private final String currency;
  private final ZoneId shopZone;
  private final Map<String, SkuView> catalogue;
  private final Clock clock;

  /**
   * @param catalogue the shop's SKUs by code, at least those the order names (absent: not in the
   *     catalogue)
   */
  IntakeRules(String currency, ZoneId shopZone, Map<String, SkuView> catalogue, Clock clock) {
    this.currency = currency;
    this.shopZone = shopZone;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  Checked<OrderDraft> check(OrderRequest r) {
    List<Violation> v = new ArrayList<>();
    String externalNumber = text(r.externalNumber(), "externalNumber", EXTERNAL_NUMBER_MAX, false, v);
    if (r.currency() != null && !r.currency().equals(currency)) {
      v.add(Violation.field("currency", "must be the shop's currency, " + currency));
    }
    BuyerRequest b = r.buyer();
    String name = null;
    PhoneNumber phone = null;
    String email = null;
    Address address = null;
    ZoneId stated = null;
    if (b == null) {
      v.add(Violation.field("buyer", "is required"));
    } else {
      name = text(b.name(), "buyer.name", NAME_MAX, true, v);
      address = address(b.address(), "buyer.address", v);
      try {
        phone = PhoneNumber.parse(b.phone(), address != null ? address.country() : country(b.address()));
      } catch (IllegalArgumentException e) {
        v.add(Violation.field("buyer.phone", e.getMessage()));
      }
      email = email(b.email(), "buyer.email", v);
      stated = zone(b.timeZone(), "buyer.timeZone", v);
    }
    BuyerZone zone =
        stated != null
            ? BuyerZone.stated(stated)
            : address != null
                ? BuyerZone.derive(address.country(), address.region(), address.city(), shopZone)
                : new BuyerZone(shopZone, BuyerZone.Source.SHOP);
    List<OrderLine> lines = lines(r.lines(), "lines", v);
    Long fee = amount(r.deliveryFeeMinor() == null ? 0L : r.deliveryFeeMinor(), "deliveryFeeMinor", v);
    PaymentForm paymentForm = choice(PaymentForm.class, r.paymentForm(), "paymentForm", v);
    DeliveryMethod deliveryMethod = choice(DeliveryMethod.class, r.deliveryMethod(), "deliveryMethod", v);
    Schedule schedule = schedule(r.deliveryDate(), r.slotFrom(), r.slotTo(), zone.zone(), Schedule.NONE, v);
    String notes = text(r.notes(), "notes", NOTES_MAX, false, v);
    if (lines != null && fee != null && paymentForm != null && r.codAmountMinor() != null) {
      long cod = Totals.of(lines, fee, paymentForm).codAmountMinor();
      if (r.codAmountMinor() != cod) {
        v.add(Violation.field(
            "codAmountMinor",
            "is " + r.codAmountMinor() + " but the lines, delivery fee and payment form give " + cod));
      }
    }
    if (!v.isEmpty()) {
      return new Checked<>(null, v);
    }
    Buyer buyer = new Buyer(name, phone, email, address, zone);
    return new Checked<>(
        new OrderDraft(externalNumber, buyer, lines, currency, fee, paymentForm, deliveryMethod, schedule, notes),
        v);
  }

  /** The edits of a confirmation, checked against the order as it is now. */
  Checked<OrderEdits> checkEdits(OrderConfirmation c, Order current) {
    if (c == null) {
      return new Checked<>(OrderEdits.NONE, List.of());
    }
    List<Violation> v = new ArrayList<>();
    List<OrderLine> lines = c.lines() == null ? null : lines(c.lines(), "lines", v);
    Address address = c.address() == null ? null : address(c.address(), "address", v);
    BuyerZone derived =
        address == null ? null : BuyerZone.derive(address.country(), address.region(), address.city(), shopZone);
    BuyerZone now = current.buyer().zone();
    ZoneId zone = derived != null && now.source() != BuyerZone.Source.STATED ? derived.zone() : now.zone();
    boolean rescheduled = given(c.deliveryDate()) || given(c.slotFrom()) || given(c.slotTo());
    Schedule schedule =
        rescheduled ? schedule(c.deliveryDate(), c.slotFrom(), c.slotTo(), zone, current.schedule(), v) : null;
    PaymentForm paymentForm =
        c.paymentForm() == null ? null : choice(PaymentForm.class, c.paymentForm(), "paymentForm", v);
    if (!v.isEmpty()) {
      return new Checked<>(null, v);
    }
    return new Checked<>(new OrderEdits(lines, address, derived, schedule, paymentForm), v);
  }

  /** A reason for a status change: optional unless {@code required}, bounded. */
  static String reason(String text, boolean required, List<Violation> v) {
    return text(text, "reason", REASON_MAX, required, v);
  }

  private List<OrderLine> lines(List<OrderLineRequest> requests, String path, List<Violation> v) {
    if (requests == null || requests.isEmpty()) {
      v.add(Violation.field(path, "at least one line is required"));
      return null;
    }
    if (requests.size() > LINES_MAX) {
      v.add(Violation.field(path, "at most " + LINES_MAX + " lines"));
      return null;
    }
    int before = v.size();
    List<OrderLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      String p = path + "[" + i + "]";
      OrderLineRequest l = requests.get(i);
      if (l == null) {
        v.add(Violation.field(p, "is required"));
        continue;
      }
      SkuView sku = null;
      if (l.sku() == null || l.sku().isBlank()) {
        v.add(Violation.field(p + ".sku", "is required"));
      } else if ((sku = catalogue.get(l.sku().trim())) == null) {
        v.add(Violation.field(p + ".sku", "'" + l.sku().trim() + "' is not in the shop's catalogue"));
      } else if (!seen.add(sku.sku())) {
        v.add(Violation.field(p + ".sku", "is listed twice; put the whole quantity on one line"));
      }
      if (l.qty() == null) {
        v.add(Violation.field(p + ".qty", "is required"));
      } else if (l.qty() < 1 || l.qty() > QTY_MAX) {
        v.add(Violation.field(p + ".qty", "must be between 1 and " + QTY_MAX));
      }
      Long price = l.unitPriceMinor();
      if (price == null && sku != null) {
        price = sku.price().amountMinor();
      }
      if (price != null || sku != null) {
        price = amount(price, p + ".unitPriceMinor", v); // an unknown SKU has no price to default to
      }
      if (v.size() == before) {
        lines.add(new OrderLine(sku.sku(), sku.name(), l.qty(), price));
      }
    }
    return v.size() == before ? lines : null;
  }

  private Address address(AddressRequest a, String path, List<Violation> v) {
    if (a == null) {
      v.add(Violation.field(path, "is required"));
      return null;
    }
    int before = v.size();
    String country = country(a);
    if (country == null) {
      v.add(Violation.field(path + ".country", "is required"));
    } else if (!COUNTRIES.contains(country)) {
      v.add(Violation.field(path + ".country", "must be an ISO 3166 country code such as RU"));
    }
    String region = text(a.region(), path + ".region", PLACE_MAX, false, v);
    String city = text(a.city(), path + ".city", PLACE_MAX, true, v);
    String street = text(a.street(), path + ".street", STREET_MAX, true, v);
    String postalCode = text(a.postalCode(), path + ".postalCode", POSTAL_CODE_MAX, false, v);
    if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
      v.add(Violation.field(path + ".postalCode", "must be letters, digits, spaces or dashes"));
    }
    return v.size() == before ? new Address(country, region, city, street, postalCode) : null;
  }

  private static String country(AddressRequest a) {
    return a == null || a.country() == null || a.country().isBlank()
        ? null
        : a.country().trim().toUpperCase(Locale.ROOT);
  }

  private Schedule schedule(
      String dateText, String fromText, String toText, ZoneId zone, Schedule current, List<Violation> v) {
    boolean dateGiven = given(dateText);
    boolean slotGiven = given(fromText) || given(toText);
    if (!dateGiven && !slotGiven) {
      return current;
    }
    int before = v.size();
    LocalDate date = current.date();
    if (dateGiven) {
      date = date(dateText, zone, v);
    }
    LocalTime from = current.slotFrom();
    LocalTime to = current.slotTo();
    if (slotGiven) {
      from = time(fromText, "slotFrom", "slotTo", v);
      to = time(toText, "slotTo", "slotFrom", v);
      if (from != null && to != null && !from.isBefore(to)) {
        v.add(Violation.field("slotTo", "must be after slotFrom"));
      }
      if (!dateGiven && date == null) {
        v.add(Violation.field("deliveryDate", "is required when a slot is given"));
      }
    }
    return v.size() == before ? new Schedule(date, from, to) : null;
  }

  private LocalDate date(String text, ZoneId zone, List<Violation> v) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      v.add(Violation.field("deliveryDate", "must be a date like 2025-03-01"));
      return null;
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    if (date.isBefore(today)) {
      v.add(Violation.field("deliveryDate", "must not be in the past (the buyer's today is " + today + ")"));
    } else if (date.isAfter(today.plusDays(DELIVERY_DAYS_AHEAD_MAX))) {
      v.add(Violation.field("deliveryDate", "must be within " + DELIVERY_DAYS_AHEAD_MAX + " days"));
    }
    return date;
  }

  private static LocalTime time(String text, String field, String pair, List<Violation> v) {
    if (!given(text)) {
      v.add(Violation.field(field, "is required together with " + pair));
      return null;
    }
    try {
      return LocalTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      v.add(Violation.field(field, "must be a time like 10:00"));
      return null;
    }
  }

  private static ZoneId zone(String text, String field, List<Violation> v) {
    if (!given(text)) {
      return null;
    }
    if (!ZoneId.getAvailableZoneIds().contains(text.trim())) {
      v.add(Violation.field(field, "must be an IANA time zone such as Europe/Moscow"));
      return null;
    }
    return ZoneId.of(text.trim());
  }

  private static String email(String text, String field, List<Violation> v) {
    String email = text(text, field, EMAIL_MAX, false, v);
    if (email != null && !EMAIL.matcher(email).matches()) {
      v.add(Violation.field(field, "must be an email address"));
      return null;
    }
    return email;
  }

  private static Long amount(Long minor, String field, List<Violation> v) {
    if (minor == null) {
      v.add(Violation.field(field, "is required"));
      return null;
    }
    if (minor < 0) {
      v.add(Violation.field(field, "must not be negative"));
      return null;
    }
    if (minor > AMOUNT_MAX_MINOR) {
      v.add(Violation.field(field, "must be at most " + AMOUNT_MAX_MINOR + " minor units"));
      return null;
    }
    return minor;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, List<Violation> v) {
    if (!given(text)) {
      v.add(Violation.field(field, "is required"));
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E value : type.getEnumConstants()) {
        names.add(value.name());
      }
      v.add(Violation.field(field, "must be one of " + String.join(", ", names)));
      return null;
    }
  }

  /** Trimmed text, null when blank; too long, required-and-missing or control characters are refused. */
  private static String text(String text, String field, int max, boolean required, List<Violation> v) {
    if (!given(text)) {
      if (required) {
        v.add(Violation.field(field, "is required"));
      }
      return null;
    }
    String t = text.strip();
    if (t.length() > max) {
      v.add(Violation.field(field, "must be at most " + max + " characters"));
      return null;
    }
    if (CONTROL.matcher(t).find()) {
      v.add(Violation.field(field, "must not contain control characters"));
      return null;
    }
    return t;
  }

  private static boolean given(String text) {
    return text != null && !text.isBlank();
  }
}
