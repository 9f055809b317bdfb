package com.fulfil.csv;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 text: commas, double quotes (a quote inside a quoted value is doubled), CRLF or
 * LF, UTF-8 with an optional BOM. A record's line is the physical line it starts on (a quoted value
 * may span lines), so that errors point at what a person sees in an editor.
 */
public final class Csv {

  /** One record: its first line (1-based) and its values, unquoted but not trimmed. */
  public record Record(int line, List<String> fields) {
    public Record {
      fields = List.copyOf(fields);
    }

    /** An empty line: a single empty value. */
    public boolean blank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  private Csv() {}

  /** The records of {@code text}; a quoted value left open is added to {@code errors}. */
  public static List<Record> read(String text, List<Violation> errors) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Record> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          if (field.length() == 0) {
            quoted = true;
          } else {
            field.append(c);
          }
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
        }
        case '\r' -> {}
        case '\n' -> {
          fields.add(field.toString());
          field.setLength(0);
          out.add(new Record(recordLine, fields));
          fields = new ArrayList<>();
          line++;
          recordLine = line;
        }
        default -> field.append(c);
      }
      i++;
    }
    if (quoted) {
      errors.add(Violation.line(recordLine, null, "a quoted value is not closed"));
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      out.add(new Record(recordLine, fields));
    }
    return out;
  }
}
