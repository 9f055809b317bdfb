package com.fulfil.stock;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.UUID;

/**
 * A promise of units to an order, not yet released: {@code {"id": "...", "orderId": "...", "sku":
 * "TEA-1", "lot": null, "bin": "A-01-03-2-B", "qty": 2, "reservedAt": "2026-01-05T10:00:00Z"}}. The
 * SKU's {@code reserved} figure is the sum of these.
 */
@JsonbNillable
public record ReservationView(UUID id, UUID orderId, String sku, String lot, String bin, int qty, Instant reservedAt) {}
