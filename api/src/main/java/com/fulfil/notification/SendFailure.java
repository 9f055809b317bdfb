package com.fulfil.notification;

/**
 * A message or webhook call that did not go through. {@code permanent}: trying again cannot help
 * (an invalid address, a provider that refuses the request as such); otherwise the outbox retries
 * with backoff. {@code statusCode}: the HTTP status the other side answered, if it answered.
 */
public class SendFailure extends Exception {

  private final boolean permanent;
  private final Integer statusCode;

  public SendFailure(String message, boolean permanent, Integer statusCode, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
    this.statusCode = statusCode;
  }

  public static SendFailure transientFailure(String message, Throwable cause) {
    return new SendFailure(message, false, null, cause);
  }

  public boolean permanent() {
    return permanent;
  }

  public Integer statusCode() {
    return statusCode;
  }
}
