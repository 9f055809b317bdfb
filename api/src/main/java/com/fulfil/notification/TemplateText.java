package com.fulfil.notification;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Template text with {@code {{placeholder}}}s: checked when a shop saves it (an unknown or unclosed
 * placeholder is refused, naming the field) and filled in when a moment happens. Nothing else is
 * interpreted: no expressions, no loops, no HTML escaping rules (messages are plain text).
 */
final class TemplateText {

  /** Every placeholder a template may use; {@link Placeholders} fills each of them. */
  static final Set<String> PLACEHOLDERS =
      new TreeSet<>(
          Set.of(
              "orderNumber", "orderId", "buyerName", "shopName", "status", "codAmount", "deliveryDate",
              "deliverySlot", "reason"));

  static final int SUBJECT_MAX = 200;
  static final int BODY_MAX = 10_000;
  /** Three concatenated SMS segments of Cyrillic (UCS-2, 67 characters each). */
  static final int SMS_MAX = 201;

  private TemplateText() {}

  /** Why {@code text} (of {@code field}) cannot be saved; empty when it can. */
  static List<Violation> check(String field, String text, int maxLength) {
    List<Violation> v = new ArrayList<>();
    if (text == null) {
      return v;
    }
    if (text.length() > maxLength) {
      v.add(Violation.field(field, "must be at most " + maxLength + " characters"));
    }
    int at = 0;
    while ((at = text.indexOf("{{", at)) >= 0) {
      int end = text.indexOf("}}", at + 2);
      if (end < 0) {
        v.add(Violation.field(field, "has a {{ without a closing }}"));
        break;
      }
      String name = text.substring(at + 2, end).trim();
      if (!PLACEHOLDERS.contains(name)) {
        v.add(Violation.field(field, "unknown placeholder {{" + name + "}}; known: " + PLACEHOLDERS));
      }
      at = end + 2;
    }
    return v;
  }

  /** Fills the placeholders; a missing value becomes an empty string. */
  static String render(String text, Map<String, String> values) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
      if (open < 0 || close < 0) {
        out.append(text, at, text.length());
        return out.toString();
      }
      out.append(text, at, open);
      String value = values.get(text.substring(open + 2, close).trim());
      out.append(value == null ? "" : value);
      at = close + 2;
    }
  }
}
