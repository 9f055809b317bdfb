package com.fulfil.count;

import com.fulfil.stock.MovementView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A count with its figures, for whoever decides on it (supervisor, platform admin) and for the
 * shop: every line of every round (books at count time, counted, variance), the decisions, and on
 * approval the adjustments posted.
 *
 * <pre>
 * {"id": "...", "code": "CNT.alfa.7K3M9Q2XAB", "tenant": "alfa", "status": "ADJUSTED", "round": 1,
 *  "note": null, "createdBy": "supervisor", "createdAt": "...", "counters": ["storekeeper"],
 *  "lines": [{"round": 1, "bin": "BIN-A-01", "address": "A-01", "sku": "TEA-1", "lot": null,
 *             "expected": 10, "counted": 8, "variance": -2, "countedBy": "storekeeper", "countedAt": "..."}],
 *  "decisions": [{"round": 1, "decision": "APPROVED", "actor": "supervisor", "note": "...", "at": "..."}],
 *  "adjustments": [MovementView, ...]}
 * </pre>
 */
@JsonbNillable
public record CountReportView(
    UUID id,
    String code,
    String tenant,
    CountStatus status,
    int round,
    String note,
    String createdBy,
    Instant createdAt,
    List<String> counters,
    List<LineView> lines,
    List<DecisionView> decisions,
    List<MovementView> adjustments) {

  @JsonbNillable
  public record LineView(
      int round, String bin, String address, String sku, String lot, int expected, int counted, int variance,
      String countedBy, Instant countedAt) {}

  @JsonbNillable
  public record DecisionView(int round, String decision, String actor, String note, Instant at) {}
}
