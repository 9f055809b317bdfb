package com.fulfil.notification;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Locale;

/** A shop's notification settings as the API shows them (defaults when it saved none). */
@JsonbNillable
public record SettingsView(String buyerLanguage, String shopLanguage, String contactEmail, long version) {

  static SettingsView of(Preferences p) {
    return new SettingsView(
        p.buyer().name().toLowerCase(Locale.ROOT), p.shopLanguage().code(), p.contactEmail(), p.version());
  }
}
