package com.fulfil.layout;

import java.util.UUID;

/** A zone: {@code {"id": "...", "code": "A", "name": "Shelving A", "kind": "STORAGE"}}. */
public record ZoneView(UUID id, String code, String name, ZoneKind kind) {
  static ZoneView of(Zone z) {
    return new ZoneView(z.id(), z.code(), z.name(), z.kind());
  }
}
