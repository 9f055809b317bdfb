package com.fulfil.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which units an order gets. For a SKU that tracks expiry: first expired, first out (FEFO) — the
 * soonest expiry first, and never a lot already expired; otherwise first in, first out (FIFO) by
 * receipt. Ties go to the bin earlier on the walking path. All of the order or nothing: if any SKU
 * is short, the plan reserves nothing and says what is missing.
 */
final class AllocationPlanner {

  /** Units of one balance that could be promised: its free units and what orders them. */
  record Candidate(
      UUID balanceId, String sku, String lot, LocalDate expiry, Instant receivedAt, int binSequence, String binBarcode, int free) {}

  record Take(UUID balanceId, String sku, int qty) {}

  /** The takes, or (when {@code shortBy} is not empty) nothing, and by how much each SKU is short. */
  record Plan(List<Take> takes, Map<String, Integer> shortBy) {
    boolean complete() {
      return shortBy.isEmpty();
    }
  }

  private static final Comparator<Candidate> FIFO =
      Comparator.comparing(Candidate::receivedAt)
          .thenComparingInt(Candidate::binSequence)
          .thenComparing(Candidate::binBarcode);

  private static final Comparator<Candidate> FEFO =
      Comparator.comparing(Candidate::expiry, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(FIFO);

  private AllocationPlanner() {}

  /**
   * @param demand units wanted per SKU
   * @param expiryTracked per SKU, whether FEFO applies
   * @param today the warehouse's date: a lot whose expiry is before it is not given out
   */
  static Plan plan(Map<String, Integer> demand, Map<String, Boolean> expiryTracked, List<Candidate> candidates, LocalDate today) {
    List<Take> takes = new ArrayList<>();
    Map<String, Integer> shortBy = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> want : demand.entrySet()) {
      String sku = want.getKey();
      boolean fefo = expiryTracked.getOrDefault(sku, false);
      List<Candidate> mine = candidates.stream()
          .filter(c -> c.sku().equals(sku) && c.free() > 0)
          .filter(c -> !fefo || c.expiry() == null || !c.expiry().isBefore(today))
          .sorted(fefo ? FEFO : FIFO)
          .toList();
      int left = want.getValue();
      for (Candidate c : mine) {
        if (left == 0) {
          break;
        }
        int take = Math.min(left, c.free());
        takes.add(new Take(c.balanceId(), sku, take));
        left -= take;
      }
      if (left > 0) {
        shortBy.put(sku, left);
      }
    }
    return shortBy.isEmpty() ? new Plan(List.copyOf(takes), Map.of()) : new Plan(List.of(), shortBy);
  }
}
