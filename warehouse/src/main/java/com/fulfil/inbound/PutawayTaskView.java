package com.fulfil.inbound;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;

/**
 * What waits at the dock for putaway, and where to put it: {@code {"sku": "TEA-1", "name": "Green
 * tea", "barcodes": ["4601234567893"], "lot": null, "expiry": null, "qty": 18, "suggestedBin":
 * "BIN-A-01-03-2-B", "suggestedAddress": "A-01-03-2-B"}} (both null when no storage bin is free).
 * The name and barcodes let a scanner match a scanned item to its task.
 */
@JsonbNillable
public record PutawayTaskView(
    String sku, String name, List<String> barcodes, String lot, LocalDate expiry, int qty, String suggestedBin,
    String suggestedAddress) {}
