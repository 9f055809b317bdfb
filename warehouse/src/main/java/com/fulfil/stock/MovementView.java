package com.fulfil.stock;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the stock journal: {@code {"id": "...", "sku": "TEA-1", "lot": null, "expiry": null,
 * "from": null, "to": "DOCK-1", "qty": 5, "reason": "RECEIPT", "reference": "asn:...", "note":
 * null, "actor": "storekeeper", "at": "2026-01-05T10:00:00Z"}}. {@code from}/{@code to} are bin
 * barcodes; null is outside the warehouse.
 */
@JsonbNillable
public record MovementView(
    UUID id,
    String sku,
    String lot,
    LocalDate expiry,
    String from,
    String to,
    int qty,
    MovementReason reason,
    String reference,
    String note,
    String actor,
    Instant at) {}
