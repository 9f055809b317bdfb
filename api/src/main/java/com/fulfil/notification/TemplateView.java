package com.fulfil.notification;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The wording a moment goes out with in one language: the shop's own ({@code custom: true}) or the
 * shipped default. {@code audience}: {@code BUYER} or {@code SHOP}.
 */
@JsonbNillable
public record TemplateView(
    String moment, String language, String audience, String emailSubject, String emailBody, String smsText, boolean custom) {

  static TemplateView of(Moment moment, Language language, Wording w, boolean custom) {
    return new TemplateView(
        moment.key(), language.code(), moment.audience().name(), w.emailSubject(), w.emailBody(), w.smsText(), custom);
  }
}
