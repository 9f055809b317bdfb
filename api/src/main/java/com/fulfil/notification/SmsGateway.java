package com.fulfil.notification;

/**
 * An SMS provider: the plug point for the provider a platform operator contracts with. The one
 * implementation here, {@link HttpSmsGateway}, speaks a simple JSON-over-HTTP protocol that most
 * aggregators offer in some form.
 */
public interface SmsGateway {

  /** One text to one phone; {@code reference} is our message id (providers echo it in reports). */
  record Sms(String to, String text, String reference) {
    /** Phone numbers are personal data: masked. */
    @Override
    public String toString() {
      return "Sms[to=" + (to == null || to.length() < 5 ? "***" : to.substring(0, 3) + "***" + to.substring(to.length() - 2)) + "]";
    }
  }

  /** Whether a provider is configured; without one, SMS stay in the outbox until there is. */
  boolean configured();

  /** Hands the text to the provider; returns the provider's message id (may be null). */
  String send(Sms sms) throws SendFailure;
}
