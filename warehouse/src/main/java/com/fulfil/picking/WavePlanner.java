package com.fulfil.picking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which allocated orders a wave takes first: the earliest carrier cut-off of the order's delivery
 * method (a method without a cut-off goes last), then priority (the buyer's desired delivery date,
 * soonest first, none last), then age (received first), then id (a stable order).
 */
public final class WavePlanner {

  /** An ALLOCATED order as the wave sees it. */
  public record Candidate(UUID orderId, String number, String deliveryMethod, LocalDate deliveryDate, Instant receivedAt) {}

  private WavePlanner() {}

  /** {@code candidates} in release order, at most {@code max}. */
  public static List<Candidate> select(List<Candidate> candidates, Map<String, LocalTime> cutoffs, int max) {
    Comparator<Candidate> order =
        Comparator.<Candidate, LocalTime>comparing(c -> cutoffs.getOrDefault(c.deliveryMethod(), LocalTime.MAX))
            .thenComparing(Candidate::deliveryDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::receivedAt)
            .thenComparing(Candidate::orderId);
    return candidates.stream().sorted(order).limit(max).toList();
  }
}
