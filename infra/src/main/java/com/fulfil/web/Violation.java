package com.fulfil.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One reason a request was refused: the field (JSON path such as {@code barcodes[1]}, or a CSV
 * column), the line for uploaded files (0 when not applicable) and a message for a person.
 */
public record Violation(String field, int line, String message) {

  public static Violation field(String field, String message) {
    return new Violation(field, 0, message);
  }

  public static Violation line(int line, String column, String message) {
    return new Violation(column, line, message);
  }

  JsonObject toJson() {
    JsonObjectBuilder b = Jsonp.provider().createObjectBuilder();
    if (line > 0) {
      b.add("line", line);
      if (field != null) {
        b.add("column", field);
      }
    } else if (field != null) {
      b.add("field", field);
    }
    return b.add("message", message).build();
  }
}
