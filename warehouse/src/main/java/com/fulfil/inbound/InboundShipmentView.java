package com.fulfil.inbound;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An inbound shipment as the shop and the dock see it:
 *
 * <pre>
 * {"id": "...", "code": "ASN.alfa.7K3M9Q2XAB", "reference": "PO-2026-117", "status": "RECEIVED",
 *  "expectedOn": "2026-02-03", "createdAt": "...", "closedAt": "...",
 *  "lines": [{"line": 0, "sku": "TEA-1", "lot": null, "expiry": null, "announced": true,
 *             "expected": 120, "received": 118, "damaged": 1, "putAway": 100, "awaitingPutaway": 18}],
 *  "discrepancies": [{"kind": "DAMAGED", "sku": "TEA-1", "lot": null, "barcode": null, "qty": 1, "note": null},
 *                    {"kind": "SHORT", "sku": "TEA-1", "lot": null, "barcode": null, "qty": 1, "note": null},
 *                    {"kind": "UNKNOWN_BARCODE", "sku": null, "lot": null, "barcode": "4600000000000", "qty": 2, "note": "no label"}],
 *  "version": 7}
 * </pre>
 *
 * {@code code} is what the dock scans. Discrepancies: DAMAGED (counted damaged, in quarantine),
 * OVER (counted beyond the announcement, or not announced at all), SHORT (announced and not counted;
 * only once the receipt is closed), UNKNOWN_BARCODE (reported by the storekeeper).
 */
@JsonbNillable
public record InboundShipmentView(
    UUID id,
    String code,
    String reference,
    InboundStatus status,
    LocalDate expectedOn,
    Instant createdAt,
    Instant closedAt,
    List<LineView> lines,
    List<DiscrepancyView> discrepancies,
    long version) {

  @JsonbNillable
  public record LineView(
      int line,
      String sku,
      String lot,
      LocalDate expiry,
      boolean announced,
      int expected,
      int received,
      int damaged,
      int putAway,
      int awaitingPutaway) {

    static LineView of(InboundLine l) {
      return new LineView(
          l.lineNo(), l.sku(), l.lot().isEmpty() ? null : l.lot(), l.expiry(), l.announced(), l.expected(),
          l.received(), l.damaged(), l.putAwayQty(), l.awaitingPutaway());
    }
  }

  @JsonbNillable
  public record DiscrepancyView(String kind, String sku, String lot, String barcode, int qty, String note) {}

  static InboundShipmentView of(InboundShipment s, List<InboundReport> reports) {
    List<DiscrepancyView> d = new ArrayList<>();
    for (InboundLine l : s.lines()) {
      String lot = l.lot().isEmpty() ? null : l.lot();
      if (l.damaged() > 0) {
        d.add(new DiscrepancyView("DAMAGED", l.sku(), lot, null, l.damaged(), null));
      }
      if (l.over() > 0) {
        d.add(new DiscrepancyView("OVER", l.sku(), lot, null, l.over(), l.announced() ? null : "not announced"));
      }
      if (s.status() == InboundStatus.RECEIVED && l.missing() > 0) {
        d.add(new DiscrepancyView("SHORT", l.sku(), lot, null, l.missing(), null));
      }
    }
    for (InboundReport r : reports) {
      d.add(new DiscrepancyView(r.kind(), null, null, r.barcode(), r.qty(), r.note()));
    }
    return new InboundShipmentView(
        s.id(), s.code(), s.reference(), s.status(), s.expectedOn(), s.createdAt(), s.closedAt(),
        s.lines().stream().map(LineView::of).toList(), d, s.version());
  }
}
