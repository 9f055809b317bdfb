package com.fulfil.inbound;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;

/**
 * What waits at the dock for putaway, and where to put it: {@code {"sku": "TEA-1", "lot": null,
 * "expiry": null, "qty": 18, "suggestedBin": "BIN-A-01-03-2-B", "suggestedAddress": "A-01-03-2-B"}}
 * (both null when no storage bin is free).
 */
@JsonbNillable
public record PutawayTaskView(String sku, String lot, LocalDate expiry, int qty, String suggestedBin, String suggestedAddress) {}
