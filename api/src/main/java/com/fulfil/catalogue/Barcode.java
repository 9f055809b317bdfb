package com.fulfil.catalogue;

/**
 * Barcode rules. Thirteen digits is read as EAN-13 and must carry a valid check digit (a typo in
 * a scanned code must not silently become another product); anything else must be encodable in
 * Code-128: printable ASCII, at most 48 characters.
 */
final class Barcode {
  static final int MAX_LENGTH = 48;

  private Barcode() {}

  /** Null when valid; otherwise why not. */
  static String problem(String code) {
    if (code == null || code.isBlank()) {
      return "must not be empty";
    }
    if (code.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    if (code.matches("\\d{13}")) {
      return ean13CheckDigitOk(code) ? null : "is not a valid EAN-13 (check digit)";
    }
    for (char c : code.toCharArray()) {
      if (c < 0x20 || c > 0x7e) {
        return "must be an EAN-13 or Code-128 (printable ASCII) code";
      }
    }
    return null;
  }

  static boolean ean13CheckDigitOk(String code) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int d = code.charAt(i) - '0';
      sum += (i % 2 == 0) ? d : d * 3;
    }
    int check = (10 - sum % 10) % 10;
    return check == code.charAt(12) - '0';
  }
}
