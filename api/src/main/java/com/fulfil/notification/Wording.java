package com.fulfil.notification;

/**
 * What one moment says in one language: an email (subject and body, both or neither) and an SMS
 * text. A null part is not sent: a shop can switch SMS off for a moment by clearing its text.
 */
record Wording(String emailSubject, String emailBody, String smsText) {

  boolean hasEmail() {
    return emailBody != null;
  }

  boolean hasSms() {
    return smsText != null;
  }
}
