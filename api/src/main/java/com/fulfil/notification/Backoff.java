package com.fulfil.notification;

import java.time.Duration;

/**
 * When to try again after a failed attempt: {@code base × 2^(attempt−1)}, never more than {@code
 * cap}, and no attempt after {@code maxAttempts} (then the delivery is marked failed and waits for
 * a person). No jitter: deliveries of one webhook go one at a time anyway, and a predictable
 * schedule is easier to explain in the delivery log.
 */
record Backoff(Duration base, Duration cap, int maxAttempts) {

  Backoff {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("backoff needs 0 < base <= cap and maxAttempts >= 1");
    }
  }

  /** The wait after the {@code attempts}-th failed attempt (1-based). */
  Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = base.multipliedBy(1L << doublings);
    return wait.compareTo(cap) > 0 || wait.isNegative() ? cap : wait;
  }

  boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
