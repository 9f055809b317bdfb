package com.fulfil.catalogue;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A SKU as a shop states it. The price is in the shop's currency's minor units. {@code version},
 * when given on update, must match the stored one (optimistic locking across a user's edit).
 * {@code substitutes}: codes of the shop's other SKUs to offer when this one is short, preferred
 * first; null keeps the current list (none for a new SKU), an empty list clears it.
 */
public record SkuRequest(
    String sku,
    String name,
    List<String> barcodes,
    Integer weightGrams,
    Integer lengthMm,
    Integer widthMm,
    Integer heightMm,
    Long priceMinor,
    Boolean expiryTracked,
    List<String> substitutes,
    Long version) {

  static final int SKU_MAX = 64;
  static final int NAME_MAX = 300;
  static final int BARCODES_MAX = 20;
  static final int SUBSTITUTES_MAX = 10;
  /** 1,000 kg and 10 m: beyond that it is a typo, not a parcel. */
  static final int WEIGHT_MAX_GRAMS = 1_000_000;
  static final int SIDE_MAX_MM = 10_000;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (sku == null || sku.isBlank()) {
      v.add(Violation.field("sku", "is required"));
    } else if (sku.length() > SKU_MAX || !sku.matches("[\\p{L}\\p{N}._/-]+")) {
      v.add(Violation.field("sku", "must be 1-" + SKU_MAX + " letters, digits or . _ / -"));
    }
    if (name == null || name.isBlank()) {
      v.add(Violation.field("name", "is required"));
    } else if (name.length() > NAME_MAX) {
      v.add(Violation.field("name", "must be at most " + NAME_MAX + " characters"));
    }
    List<String> codes = barcodes == null ? List.of() : barcodes;
    if (codes.size() > BARCODES_MAX) {
      v.add(Violation.field("barcodes", "at most " + BARCODES_MAX + " barcodes"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String problem = Barcode.problem(codes.get(i));
      if (problem != null) {
        v.add(Violation.field("barcodes[" + i + "]", problem));
      } else if (!seen.add(codes.get(i))) {
        v.add(Violation.field("barcodes[" + i + "]", "is listed twice"));
      }
    }
    List<String> analogues = substitutes == null ? List.of() : substitutes;
    if (analogues.size() > SUBSTITUTES_MAX) {
      v.add(Violation.field("substitutes", "at most " + SUBSTITUTES_MAX + " substitutes"));
    }
    Set<String> named = new HashSet<>();
    for (int i = 0; i < analogues.size(); i++) {
      String code = analogues.get(i) == null ? "" : analogues.get(i).trim();
      if (code.isEmpty()) {
        v.add(Violation.field("substitutes[" + i + "]", "is empty"));
      } else if (sku != null && code.equals(sku.trim())) {
        v.add(Violation.field("substitutes[" + i + "]", "is this SKU itself"));
      } else if (!named.add(code)) {
        v.add(Violation.field("substitutes[" + i + "]", "is listed twice"));
      }
    }
    range(v, "weightGrams", weightGrams, WEIGHT_MAX_GRAMS);
    range(v, "lengthMm", lengthMm, SIDE_MAX_MM);
    range(v, "widthMm", widthMm, SIDE_MAX_MM);
    range(v, "heightMm", heightMm, SIDE_MAX_MM);
    if (priceMinor == null) {
      v.add(Violation.field("priceMinor", "is required"));
    } else if (priceMinor < 0) {
      v.add(Violation.field("priceMinor", "must not be negative"));
    }
    return v;
  }

  private static void range(List<Violation> v, String field, Integer value, int max) {
    if (value == null) {
      v.add(Violation.field(field, "is required"));
    } else if (value < 0 || value > max) {
      v.add(Violation.field(field, "must be between 0 and " + max));
    }
  }

  /** The substitutes as stated, trimmed; empty when none were given. */
  List<String> substituteList() {
    return substitutes == null ? List.of() : substitutes.stream().map(String::trim).toList();
  }

  List<String> barcodeList() {
    return barcodes == null ? List.of() : List.copyOf(barcodes);
  }
}
