package com.fulfil.order;

import com.fulfil.csv.Csv;
import com.fulfil.money.Money;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an orders CSV: one row per order line; the rows that share an {@code external_number} are
 * one order (they need not be adjacent). The layout is documented on {@link OrderResource#importCsv}.
 * Structure and value-format problems are reported here by line and column; the order rules run
 * afterwards on the assembled requests, and {@link Group#locate} maps their JSON paths back to the
 * line and column they came from.
 */
final class OrderCsv {

  static final List<String> REQUIRED =
      List.of("external_number", "buyer_name", "phone", "country", "city", "street", "payment_form",
          "delivery_method", "sku", "qty");
  static final List<String> OPTIONAL =
      List.of("email", "region", "postal_code", "time_zone", "delivery_date", "slot_from", "slot_to",
          "delivery_fee", "cod_amount", "notes", "unit_price");
  /** The columns of a line; every other column belongs to the order and is stated once per order. */
  static final List<String> LINE_COLUMNS = List.of("sku", "qty", "unit_price");
  static final int MAX_ORDERS = 1_000;
  static final int MAX_ROWS = 20_000;
  static final int MAX_ERRORS = 500;

  /** Request path → CSV column. */
  private static final Map<String, String> COLUMN_OF =
      Map.ofEntries(
          Map.entry("externalNumber", "external_number"),
          Map.entry("buyer.name", "buyer_name"),
          Map.entry("buyer.phone", "phone"),
          Map.entry("buyer.email", "email"),
          Map.entry("buyer.timeZone", "time_zone"),
          Map.entry("buyer.address.country", "country"),
          Map.entry("buyer.address.region", "region"),
          Map.entry("buyer.address.city", "city"),
          Map.entry("buyer.address.street", "street"),
          Map.entry("buyer.address.postalCode", "postal_code"),
          Map.entry("paymentForm", "payment_form"),
          Map.entry("deliveryMethod", "delivery_method"),
          Map.entry("deliveryDate", "delivery_date"),
          Map.entry("slotFrom", "slot_from"),
          Map.entry("slotTo", "slot_to"),
          Map.entry("deliveryFeeMinor", "delivery_fee"),
          Map.entry("codAmountMinor", "cod_amount"),
          Map.entry("notes", "notes"),
          Map.entry("lines", "sku"),
          Map.entry("sku", "sku"),
          Map.entry("qty", "qty"),
          Map.entry("unitPriceMinor", "unit_price"));

  private static final Pattern LINE_PATH = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?");
  private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");

  /** One order of the file: its request, the line of its first row, and the line of each order line. */
  record Group(String externalNumber, int firstLine, List<Integer> lineOfLine, OrderRequest request) {

    /** A violation of the order rules (named by JSON path) at the file's line and column. */
    Violation locate(Violation v) {
      String field = v.field() == null ? "" : v.field();
      Matcher m = LINE_PATH.matcher(field);
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        int line = index < lineOfLine.size() ? lineOfLine.get(index) : firstLine;
        return Violation.line(line, COLUMN_OF.getOrDefault(m.group(2) == null ? "sku" : m.group(2), m.group(2)), v.message());
      }
      return Violation.line(firstLine, COLUMN_OF.getOrDefault(field, field.isEmpty() ? null : field), v.message());
    }
  }

  record Result(List<Group> orders, List<Violation> errors) {}

  private OrderCsv() {}

  /** @param currency the shop's: amounts are written as decimals in it ({@code 1299.00}) */
  static Result parse(String text, String currency) {
    List<Violation> errors = new ArrayList<>();
    List<Csv.Record> records = Csv.read(text, errors);
    if (records.isEmpty() || records.get(0).blank()) {
      errors.add(Violation.line(1, null, "the file is empty; expected a header with " + String.join(",", REQUIRED)));
      return new Result(List.of(), errors);
    }
    Map<String, Integer> index = header(records.get(0), errors);
    if (!errors.isEmpty()) {
      return new Result(List.of(), errors);
    }
    if (records.size() - 1 > MAX_ROWS) {
      errors.add(Violation.line(records.get(MAX_ROWS + 1).line(), null, "at most " + MAX_ROWS + " rows per file"));
      return new Result(List.of(), errors);
    }
    Map<String, Builder> groups = new LinkedHashMap<>();
    for (Csv.Record rec : records.subList(1, records.size())) {
      if (errors.size() >= MAX_ERRORS) {
        break;
      }
      if (rec.blank()) {
        continue;
      }
      if (rec.fields().size() != index.size()) {
        errors.add(Violation.line(rec.line(), null, "has " + rec.fields().size() + " values, the header has " + index.size()));
        continue;
      }
      Map<String, String> row = new HashMap<>();
      index.forEach((name, i) -> row.put(name, rec.fields().get(i).strip()));
      String number = row.get("external_number");
      if (number.isEmpty()) {
        errors.add(Violation.line(rec.line(), "external_number", "is required: it tells which rows make one order"));
        continue;
      }
      Builder group = groups.get(number);
      if (group == null) {
        if (groups.size() == MAX_ORDERS) {
          errors.add(Violation.line(rec.line(), "external_number", "at most " + MAX_ORDERS + " orders per file"));
          break;
        }
        group = new Builder(rec.line(), row, currency, errors);
        groups.put(number, group);
      } else {
        group.checkSameOrder(rec.line(), row, errors);
      }
      group.addLine(rec.line(), row, currency, errors);
    }
    List<Group> orders = new ArrayList<>();
    groups.forEach((number, b) -> orders.add(b.build(number)));
    return new Result(orders, errors);
  }

  private static Map<String, Integer> header(Csv.Record header, List<Violation> errors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase();
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        errors.add(Violation.line(header.line(), name, "unknown column; the columns are " + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL)));
      } else if (index.put(name, i) != null) {
        errors.add(Violation.line(header.line(), name, "column appears twice"));
      }
    }
    for (String c : REQUIRED) {
      if (!index.containsKey(c)) {
        errors.add(Violation.line(header.line(), c, "column is missing"));
      }
    }
    return index;
  }

  /** Collects the rows of one order. */
  private static final class Builder {
    private final int firstLine;
    private final Map<String, String> first;
    private final List<Integer> lineOfLine = new ArrayList<>();
    private final List<OrderLineRequest> lines = new ArrayList<>();
    private final Long deliveryFee;
    private final Long codAmount;

    Builder(int line, Map<String, String> row, String currency, List<Violation> errors) {
      this.firstLine = line;
      this.first = row;
      this.deliveryFee = money(line, "delivery_fee", row, currency, errors);
      this.codAmount = money(line, "cod_amount", row, currency, errors);
    }

    /** Order columns are stated on the order's first row; later rows repeat them or leave them blank. */
    void checkSameOrder(int line, Map<String, String> row, List<Violation> errors) {
      row.forEach((column, value) -> {
        if (!LINE_COLUMNS.contains(column) && !value.isEmpty() && !value.equals(first.get(column))) {
          errors.add(Violation.line(line, column, "differs from line " + firstLine + " of the same order; state it once or the same on every row"));
        }
      });
    }

    void addLine(int line, Map<String, String> row, String currency, List<Violation> errors) {
      Integer qty = null;
      String written = row.get("qty");
      if (!written.isEmpty()) {
        try {
          qty = Integer.valueOf(written);
        } catch (NumberFormatException e) {
          errors.add(Violation.line(line, "qty", "must be a whole number"));
        }
      }
      Long price = money(line, "unit_price", row, currency, errors);
      lineOfLine.add(line);
      lines.add(new OrderLineRequest(row.get("sku"), qty, price));
    }

    Group build(String number) {
      AddressRequest address =
          new AddressRequest(get("country"), get("region"), get("city"), get("street"), get("postal_code"));
      BuyerRequest buyer = new BuyerRequest(get("buyer_name"), get("phone"), get("email"), address, get("time_zone"));
      OrderRequest request =
          new OrderRequest(
              number, buyer, lines, null, deliveryFee, codAmount, get("payment_form"), get("delivery_method"),
              date(get("delivery_date")), get("slot_from"), get("slot_to"), get("notes"));
      return new Group(number, firstLine, List.copyOf(lineOfLine), request);
    }

    private String get(String column) {
      String value = first.get(column);
      return value == null || value.isEmpty() ? null : value;
    }
  }

  /** Spreadsheets in Russia write dates as 01.03.2025; the order rules read ISO 2025-03-01. */
  private static String date(String written) {
    if (written == null) {
      return null;
    }
    Matcher m = RUSSIAN_DATE.matcher(written);
    return m.matches() ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) : written;
  }

  /** A decimal amount in the shop's currency as minor units; blank is null (the rules default it). */
  private static Long money(int line, String column, Map<String, String> row, String currency, List<Violation> errors) {
    String written = row.get(column);
    if (written == null || written.isEmpty()) {
      return null;
    }
    try {
      return Money.parse(written, currency).amountMinor();
    } catch (IllegalArgumentException e) {
      errors.add(Violation.line(line, column, e.getMessage()));
      return null;
    }
  }
}
