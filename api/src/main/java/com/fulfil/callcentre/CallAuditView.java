package com.fulfil.callcentre;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A call audit: per item the points given and the maximum, and the score (the sum, 0..100).
 *
 * <pre>{@code
 * {"id": "...", "attemptId": "...", "tenantId": "alfa", "operator": "operator", "auditor": "supervisor",
 *  "items": [{"item": "greeting", "points": 5, "maxPoints": 5}, ...],
 *  "score": 90, "notes": "...", "createdAt": "2025-03-01T12:00:00Z"}
 * }</pre>
 */
public record CallAuditView(
    UUID id,
    UUID attemptId,
    String tenantId,
    String operator,
    String auditor,
    List<ItemView> items,
    int score,
    String notes,
    Instant createdAt) {

  public record ItemView(String item, int points, int maxPoints) {}

  static CallAuditView of(String tenantId, CallAudit a) {
    Map<String, Integer> given = new LinkedHashMap<>(a.items());
    List<ItemView> items =
        CallChecklist.ITEMS.entrySet().stream()
            .map(e -> new ItemView(e.getKey(), given.getOrDefault(e.getKey(), 0), e.getValue()))
            .toList();
    return new CallAuditView(
        a.id(), a.attemptId(), tenantId, a.operator(), a.auditor(), items, a.score(), a.notes(), a.createdAt());
  }
}
