package com.fulfil.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The attempt bookkeeping every outbox row has: how many attempts were made, when the next is due,
 * until when a worker holds it (a lease, so that a worker that died mid-send is replaced after the
 * lease ends rather than never), and the last error.
 */
@Embeddable
public class Retry {

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_error")
  private String lastError;

  protected Retry() {}

  static Retry dueAt(Instant when) {
    Retry r = new Retry();
    r.nextAttemptAt = when;
    return r;
  }

  /** A worker takes the row for one attempt; the attempt counts from now on, even if the worker dies. */
  void claim(Instant now, Duration lease) {
    attempts++;
    leaseUntil = now.plus(lease);
  }

  void succeeded() {
    leaseUntil = null;
    lastError = null;
  }

  /** Records the failure; true when no attempt is left. */
  boolean failed(String error, Instant now, Backoff backoff) {
    leaseUntil = null;
    lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
    if (backoff.exhausted(attempts)) {
      return true;
    }
    nextAttemptAt = now.plus(backoff.after(attempts));
    return false;
  }

  /** Gives up at once (a permanent refusal such as an invalid address). */
  void abandoned(String error) {
    leaseUntil = null;
    lastError = error;
  }

  /** A person asked for another go: due now, with a fresh set of attempts. */
  void restart(Instant now) {
    attempts = 0;
    leaseUntil = null;
    nextAttemptAt = now;
  }

  int attempts() { return attempts; }
  Instant nextAttemptAt() { return nextAttemptAt; }
  String lastError() { return lastError; }
}
