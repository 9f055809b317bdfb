package com.fulfil.notification;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages the platform writes to people in. */
public enum Language {
  RU,
  EN;

  /** Countries whose buyers are written to in Russian when the shop leaves the choice to us. */
  private static final Set<String> RUSSIAN_SPEAKING =
      Set.of("RU", "BY", "KZ", "KG", "UZ", "TJ", "AM", "AZ", "MD", "UA", "GE", "TM");

  /** Russian for buyers in Russia and the CIS, English for everybody else. */
  public static Language forCountry(String iso2) {
    return iso2 != null && RUSSIAN_SPEAKING.contains(iso2.toUpperCase(Locale.ROOT)) ? RU : EN;
  }

  /** {@code ru} / {@code RU} → RU; anything else is empty. */
  public static Optional<Language> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language l : values()) {
      if (l.name().equalsIgnoreCase(code.trim())) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
