package com.fulfil.callcentre;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A new text of a shop's call script (body of {@code PUT
 * /api/v1/ops/callcentre/tenants/{tenant}/script}):
 *
 * <pre>{@code {"textRu": "Здравствуйте! Меня зовут ...", "textEn": "Hello! My name is ...", "version": 2}}</pre>
 *
 * Both languages are required (at most 20,000 characters each). {@code version} is the version the
 * supervisor edited (0 or absent for a shop without a script); if another was saved since, the
 * change is refused with 409 naming {@code version} instead of silently overwriting it.
 */
public record CallScriptRequest(String textRu, String textEn, Integer version) {

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    text("textRu", textRu, v);
    text("textEn", textEn, v);
    if (version != null && version < 0) {
      v.add(Violation.field("version", "must not be negative"));
    }
    return v;
  }

  private static void text(String field, String text, List<Violation> v) {
    if (text == null || text.isBlank()) {
      v.add(Violation.field(field, "is required"));
    } else if (text.length() > CallScript.TEXT_MAX) {
      v.add(Violation.field(field, "must be at most " + CallScript.TEXT_MAX + " characters"));
    }
  }
}
