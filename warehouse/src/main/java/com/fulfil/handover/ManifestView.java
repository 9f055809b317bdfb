package com.fulfil.handover;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A manifest with its parcels (of every shop) and totals: parcels, weight, and COD per currency, each
 * the sum of the parcel rows listed. {@code pending}: parcels of a closed manifest whose handover
 * has not gone through yet (closing again finishes them).
 */
public record ManifestView(
    UUID id,
    String code,
    String carrier,
    ManifestStatus status,
    String openedBy,
    Instant openedAt,
    String closedBy,
    Instant closedAt,
    List<Parcel> parcels,
    Totals totals,
    int pending) {

  public record Parcel(String number, String tenant, String orderNumber, String status, Integer weightGrams, String box,
      Cod cod, Instant scannedAt) {}

  public record Cod(String currency, long amountMinor) {}

  public record Totals(int parcels, long weightGrams, List<Cod> cod) {}
}
