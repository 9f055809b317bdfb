package com.fulfil.stock;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/**
 * A shop's stock of one SKU, live:
 *
 * <pre>
 * {"sku": "TEA-1", "name": "Green tea", "onHand": 120, "reserved": 10, "blocked": 2,
 *  "awaitingPutaway": 8, "available": 100, "inbound": 50,
 *  "lots": [{"lot": "L-7", "expiry": "2026-03-01", "onHand": 60, "reserved": 10, "blocked": 0,
 *            "awaitingPutaway": 0, "available": 50}, ...]}
 * </pre>
 *
 * {@code onHand}: every unit in the warehouse; {@code reserved}: promised to orders; {@code
 * blocked}: in quarantine (damaged, held), or free units of a bin in doubt after a short pick until
 * the bin is counted; {@code awaitingPutaway}: received, still at the dock;
 * {@code available} = onHand − reserved − blocked − awaitingPutaway: what new orders can get;
 * {@code inbound}: announced on open inbound shipments and not yet received. A SKU that does not
 * track lots has one lot, {@code null}. Lots are ordered by expiry, soonest first.
 */
@JsonbNillable
public record StockView(
    String sku,
    String name,
    int onHand,
    int reserved,
    int blocked,
    int awaitingPutaway,
    int available,
    int inbound,
    List<LotView> lots) {

  @JsonbNillable
  public record LotView(
      String lot, LocalDate expiry, int onHand, int reserved, int blocked, int awaitingPutaway, int available) {}
}
