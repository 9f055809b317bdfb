package com.fulfil.layout;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A bin as the administrator states it: {@code {"zone": "A", "aisle": "01", "rack": "03",
 * "shelf": "2", "position": "B", "barcode": "BIN-A-01-03-2-B", "sequence": 1030}}. Levels are 1-8
 * capital letters or digits; the barcode is Code-128 (printable ASCII without spaces, 1-48
 * characters) and unique in the warehouse; {@code sequence} (0-10,000,000) orders the walking path.
 */
public record BinRequest(
    String zone, String aisle, String rack, String shelf, String position, String barcode, Integer sequence) {

  static final int BARCODE_MAX = 48;
  static final int SEQUENCE_MAX = 10_000_000;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (zone == null || zone.isBlank()) {
      v.add(Violation.field("zone", "is required"));
    }
    level(v, "aisle", aisle);
    level(v, "rack", rack);
    level(v, "shelf", shelf);
    level(v, "position", position);
    String problem = barcodeProblem(barcode);
    if (problem != null) {
      v.add(Violation.field("barcode", problem));
    }
    if (sequence == null) {
      v.add(Violation.field("sequence", "is required"));
    } else if (sequence < 0 || sequence > SEQUENCE_MAX) {
      v.add(Violation.field("sequence", "must be between 0 and " + SEQUENCE_MAX));
    }
    return v;
  }

  /** Null when {@code code} can be a bin label (Code-128, no spaces); otherwise why not. */
  static String barcodeProblem(String code) {
    if (code == null || code.isBlank()) {
      return "is required";
    }
    String c = code.trim();
    if (c.length() > BARCODE_MAX) {
      return "must be at most " + BARCODE_MAX + " characters";
    }
    for (char ch : c.toCharArray()) {
      if (ch <= 0x20 || ch > 0x7e) {
        return "must be printable ASCII without spaces (Code-128)";
      }
    }
    return null;
  }

  private static void level(List<Violation> v, String field, String value) {
    if (value == null || value.isBlank()) {
      v.add(Violation.field(field, "is required"));
    } else if (!value.trim().matches("[A-Z0-9]{1,8}")) {
      v.add(Violation.field(field, "must be 1-8 capital letters or digits"));
    }
  }
}
