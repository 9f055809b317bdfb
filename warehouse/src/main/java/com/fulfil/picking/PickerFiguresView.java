package com.fulfil.picking;

import java.time.Instant;
import java.util.List;

/**
 * Pickers' figures in {@code [from, to)}, each traceable to its rows of the scan log ({@code GET
 * /api/v1/ops/picking/pickers/scans?picker=...}): {@code accuracyPermille} = 1000 × (scans −
 * wrongScans) / scans, rounded (null without scans); {@code picksPerHour} = picks (confirmed
 * quantities) per hour between the first and the last scan (at least one minute counted), rounded.
 */
public record PickerFiguresView(Instant from, Instant to, List<Picker> pickers) {

  public record Picker(
      String picker, long scans, long wrongScans, Long accuracyPermille, long picks, Instant firstScanAt, Instant lastScanAt,
      long picksPerHour) {}
}
