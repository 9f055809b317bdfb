package com.fulfil.catalogue;

import com.fulfil.csv.Csv;
import com.fulfil.money.Money;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalogue CSV (RFC 4180: commas, double quotes, CRLF or LF; UTF-8, optional BOM) into
 * SKU requests, reporting every problem by line and column. Columns are found by header name.
 */
final class SkuCsv {

  static final List<String> COLUMNS =
      List.of("sku", "name", "barcodes", "weight_grams", "length_mm", "width_mm", "height_mm", "price", "expiry_tracked");
  /** Optional: SKU codes separated by {@code |}; without the column, existing substitutes are kept. */
  static final String SUBSTITUTES = "substitutes";
  static final int MAX_ROWS = 20_000;
  static final int MAX_ERRORS = 500;

  /** Request field → CSV column, so that request validation speaks the file's language. */
  private static final Map<String, String> FIELD_TO_COLUMN =
      Map.of(
          "weightGrams", "weight_grams",
          "lengthMm", "length_mm",
          "widthMm", "width_mm",
          "heightMm", "height_mm",
          "priceMinor", "price",
          "expiryTracked", "expiry_tracked");

  record Row(int line, SkuRequest request) {}

  record Result(List<Row> rows, List<Violation> errors) {}

  private SkuCsv() {}

  static Result parse(String text, String currency) {
    List<Violation> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Csv.Record> records = Csv.read(text, errors);
    if (records.isEmpty()) {
      errors.add(Violation.line(1, null, "the file is empty; expected the header " + String.join(",", COLUMNS)));
      return new Result(rows, errors);
    }
    Map<String, Integer> index = header(records.get(0), errors);
    if (!errors.isEmpty()) {
      return new Result(rows, errors);
    }
    if (records.size() - 1 > MAX_ROWS) {
      errors.add(Violation.line(records.get(MAX_ROWS + 1).line(), null, "at most " + MAX_ROWS + " SKUs per file"));
      return new Result(rows, errors);
    }
    for (Csv.Record rec : records.subList(1, records.size())) {
      if (rec.blank()) {
        continue; // blank line
      }
      if (rec.fields().size() != index.size()) {
        errors.add(Violation.line(rec.line(), null, "has " + rec.fields().size() + " values, the header has " + index.size()));
        continue;
      }
      List<Violation> rowErrors = new ArrayList<>();
      SkuRequest request = toRequest(rec, index, currency, rowErrors);
      // Report every problem of the line at once, but a value that did not parse only once.
      Set<String> reported = new HashSet<>();
      rowErrors.forEach(e -> reported.add(e.field()));
      for (Violation v : request.violations()) {
        String column = column(v.field());
        if (!reported.contains(column)) {
          rowErrors.add(Violation.line(rec.line(), column, v.message()));
        }
      }
      if (rowErrors.isEmpty()) {
        rows.add(new Row(rec.line(), request));
      }
      errors.addAll(rowErrors);
      if (errors.size() >= MAX_ERRORS) {
        break;
      }
    }
    return new Result(rows, errors);
  }

  private static Map<String, Integer> header(Csv.Record header, List<Violation> errors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).trim().toLowerCase();
      if (!COLUMNS.contains(name) && !name.equals(SUBSTITUTES)) {
        errors.add(Violation.line(1, name, "unknown column; expected " + String.join(",", COLUMNS) + " and optionally " + SUBSTITUTES));
      } else if (index.put(name, i) != null) {
        errors.add(Violation.line(1, name, "column appears twice"));
      }
    }
    for (String c : COLUMNS) {
      if (!index.containsKey(c) && errors.isEmpty()) {
        errors.add(Violation.line(1, c, "column is missing"));
      }
    }
    return index;
  }

  private static SkuRequest toRequest(Csv.Record rec, Map<String, Integer> index, String currency, List<Violation> errors) {
    Map<String, String> f = new HashMap<>();
    index.forEach((name, i) -> f.put(name, rec.fields().get(i).trim()));
    Integer weight = integer(rec.line(), "weight_grams", f, errors);
    Integer length = integer(rec.line(), "length_mm", f, errors);
    Integer width = integer(rec.line(), "width_mm", f, errors);
    Integer height = integer(rec.line(), "height_mm", f, errors);
    Long price = null;
    try {
      price = Money.parse(f.get("price"), currency).amountMinor();
    } catch (IllegalArgumentException e) {
      errors.add(Violation.line(rec.line(), "price", e.getMessage()));
    }
    Boolean expiry = null;
    String flag = f.get("expiry_tracked").toLowerCase();
    switch (flag) {
      case "true", "yes", "1", "да" -> expiry = true;
      case "false", "no", "0", "нет", "" -> expiry = false;
      default -> errors.add(Violation.line(rec.line(), "expiry_tracked", "must be true or false"));
    }
    List<String> barcodes =
        f.get("barcodes").isEmpty()
            ? List.of()
            : Arrays.stream(f.get("barcodes").split("\\|")).map(String::trim).toList();
    List<String> substitutes = null;
    if (f.containsKey(SUBSTITUTES)) {
      substitutes =
          f.get(SUBSTITUTES).isEmpty()
              ? List.of()
              : Arrays.stream(f.get(SUBSTITUTES).split("\\|")).map(String::trim).toList();
    }
    return new SkuRequest(f.get("sku"), f.get("name"), barcodes, weight, length, width, height, price, expiry, substitutes, null);
  }

  private static Integer integer(int line, String column, Map<String, String> f, List<Violation> errors) {
    try {
      return Integer.valueOf(f.get(column));
    } catch (NumberFormatException e) {
      errors.add(Violation.line(line, column, "must be a whole number"));
      return null;
    }
  }

  static String column(String field) {
    String base = field.replaceAll("\\[\\d+]$", "");
    return FIELD_TO_COLUMN.getOrDefault(base, base);
  }
}
