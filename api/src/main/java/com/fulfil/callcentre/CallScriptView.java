package com.fulfil.callcentre;

import java.time.Instant;

/**
 * A shop's call script as it stands: {@code version} (1 for the first text; 0 with empty texts
 * when the shop has none yet), both texts, when and by whom it was saved.
 *
 * <pre>{@code {"tenantId": "alfa", "version": 3, "textRu": "...", "textEn": "...",
 *  "createdAt": "2025-03-01T09:00:00Z", "createdBy": "supervisor"}}</pre>
 */
public record CallScriptView(String tenantId, int version, String textRu, String textEn, Instant createdAt, String createdBy) {

  static CallScriptView of(String tenantId, CallScript s) {
    return new CallScriptView(tenantId, s.version(), s.textRu(), s.textEn(), s.createdAt(), s.createdBy());
  }

  static CallScriptView none(String tenantId) {
    return new CallScriptView(tenantId, 0, "", "", null, null);
  }
}
