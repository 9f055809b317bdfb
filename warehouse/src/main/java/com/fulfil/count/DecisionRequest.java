package com.fulfil.count;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A supervisor's decision on a counted round: {@code {"note": "recounted shelf 3 myself"}}. The
 * note is why: required for a rejection (the counters need to know what to look at), optional for
 * an approval; it goes into every adjustment's note.
 */
public record DecisionRequest(String note) {

  static final int NOTE_MAX = 500;

  List<Violation> violations(boolean required) {
    List<Violation> v = new ArrayList<>();
    if (required && (note == null || note.isBlank())) {
      v.add(Violation.field("note", "is required: say why the count is rejected"));
    } else if (note != null && note.length() > NOTE_MAX) {
      v.add(Violation.field("note", "must be at most " + NOTE_MAX + " characters"));
    }
    return v;
  }
}
