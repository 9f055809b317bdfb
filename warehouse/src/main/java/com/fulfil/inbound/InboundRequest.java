package com.fulfil.inbound;

import java.util.List;

/**
 * A shop's announcement of an inbound shipment:
 *
 * <pre>
 * {"reference": "PO-2026-117", "expectedOn": "2026-02-03",
 *  "lines": [{"sku": "TEA-1", "qty": 120},
 *            {"sku": "MILK-1", "qty": 40, "lot": "L-0917", "expiry": "2026-09-17"}]}
 * </pre>
 *
 * {@code reference} (optional, unique per shop) is the shop's own number; {@code expectedOn}
 * (optional) the day it should arrive. 1-500 lines, each a SKU of the shop's catalogue, 1-100,000
 * units; lot and expiry are required exactly for SKUs that track them; a SKU and lot once per
 * shipment.
 */
public record InboundRequest(String reference, String expectedOn, List<LineRequest> lines) {

  public record LineRequest(String sku, Integer qty, String lot, String expiry) {}

  static final int LINES_MAX = 500;
  static final int QTY_MAX = 100_000;
  static final int REFERENCE_MAX = 64;
}
