package com.fulfil.count;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A count as counters see it, blind: the bins and whether each is counted in this round, never
 * what the books expect nor what was found.
 *
 * <pre>
 * {"code": "CNT.alfa.7K3M9Q2XAB", "tenant": "alfa", "status": "COUNTING", "round": 1, "note": "...",
 *  "createdBy": "supervisor", "createdAt": "...",
 *  "bins": [{"bin": "BIN-A-01-03-2-B", "address": "A-01-03-2-B", "counted": true, "countedBy": "storekeeper"}]}
 * </pre>
 */
@JsonbNillable
public record CountView(
    String code, String tenant, CountStatus status, int round, String note, String createdBy, Instant createdAt,
    List<BinView> bins) {

  @JsonbNillable
  public record BinView(String bin, String address, boolean counted, String countedBy) {}
}
