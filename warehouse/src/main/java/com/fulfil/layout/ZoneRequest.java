package com.fulfil.layout;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A zone as the administrator states it: {@code {"code": "A", "name": "Shelving A", "kind": "STORAGE"}}. */
public record ZoneRequest(String code, String name, String kind) {

  static final int NAME_MAX = 100;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (code == null || !code.trim().matches("[A-Z0-9][A-Z0-9_]{0,15}")) {
      v.add(Violation.field("code", "must be 1-16 capital letters, digits or _"));
    }
    if (name == null || name.isBlank()) {
      v.add(Violation.field("name", "is required"));
    } else if (name.length() > NAME_MAX) {
      v.add(Violation.field("name", "must be at most " + NAME_MAX + " characters"));
    }
    if (kind != null && Arrays.stream(ZoneKind.values()).noneMatch(k -> k.name().equals(kind))) {
      v.add(Violation.field("kind", "must be one of " + Arrays.toString(ZoneKind.values())));
    }
    return v;
  }

  /** STORAGE when not stated. */
  ZoneKind zoneKind() {
    return kind == null ? ZoneKind.STORAGE : ZoneKind.valueOf(kind);
  }
}
