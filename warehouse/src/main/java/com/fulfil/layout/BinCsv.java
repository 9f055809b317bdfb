package com.fulfil.layout;

import com.fulfil.csv.Csv;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a layout CSV: a header naming the columns {@code zone,aisle,rack,shelf,position,barcode,sequence}
 * in any order, then one bin per row. Every problem is reported by line and column.
 */
final class BinCsv {

  static final List<String> COLUMNS = List.of("zone", "aisle", "rack", "shelf", "position", "barcode", "sequence");
  static final int MAX_ROWS = 20_000;
  static final int MAX_ERRORS = 500;

  record Row(int line, BinRequest request) {}

  record Result(List<Row> rows, List<Violation> errors) {}

  private BinCsv() {}

  static Result parse(String text) {
    List<Violation> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Csv.Record> records = Csv.read(text, errors);
    if (records.isEmpty() || (records.size() == 1 && records.get(0).blank())) {
      errors.add(Violation.line(1, null, "the file is empty; expected the header " + String.join(",", COLUMNS)));
      return new Result(rows, errors);
    }
    Map<String, Integer> index = header(records.get(0), errors);
    if (!errors.isEmpty()) {
      return new Result(rows, errors);
    }
    if (records.size() - 1 > MAX_ROWS) {
      errors.add(Violation.line(records.get(MAX_ROWS + 1).line(), null, "at most " + MAX_ROWS + " bins per file"));
      return new Result(rows, errors);
    }
    for (Csv.Record rec : records.subList(1, records.size())) {
      if (rec.blank()) {
        continue;
      }
      if (rec.fields().size() != index.size()) {
        errors.add(Violation.line(rec.line(), null, "has " + rec.fields().size() + " values, the header has " + index.size()));
        continue;
      }
      Map<String, String> f = new HashMap<>();
      index.forEach((name, i) -> f.put(name, rec.fields().get(i).trim()));
      Integer sequence = null;
      List<Violation> rowErrors = new ArrayList<>();
      try {
        sequence = Integer.valueOf(f.get("sequence"));
      } catch (NumberFormatException e) {
        rowErrors.add(Violation.line(rec.line(), "sequence", "must be a whole number"));
      }
      BinRequest request =
          new BinRequest(f.get("zone"), f.get("aisle"), f.get("rack"), f.get("shelf"), f.get("position"), f.get("barcode"), sequence);
      for (Violation v : request.violations()) {
        if (!(sequence == null && v.field().equals("sequence"))) {
          rowErrors.add(Violation.line(rec.line(), v.field(), v.message()));
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
    if (rows.isEmpty() && errors.isEmpty()) {
      errors.add(Violation.line(2, null, "no bin rows"));
    }
    return new Result(rows, errors);
  }

  private static Map<String, Integer> header(Csv.Record header, List<Violation> errors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).trim().toLowerCase();
      if (!COLUMNS.contains(name)) {
        errors.add(Violation.line(1, name, "unknown column; expected " + String.join(",", COLUMNS)));
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
}
