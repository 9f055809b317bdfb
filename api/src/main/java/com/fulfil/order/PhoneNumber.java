package com.fulfil.order;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A buyer's phone number in E.164 ({@code +79161234567}), read from the forms people write.
 *
 * <p>International forms are read for every country: {@code +7 916 123-45-67}, {@code 00 48 601
 * 234 567}, and Russian/CIS long-distance {@code 8 10 375 29 1234567}. For the numbering plans we
 * serve (Russia and Kazakhstan +7, Belarus +375, Ukraine +380, Uzbekistan +998, Kyrgyzstan +996,
 * Armenia +374, Georgia +995, Azerbaijan +994, Moldova +373, Tajikistan +992, Poland +48) the
 * national number's length is checked; other country codes are accepted by the general E.164 rule
 * (8 to 15 digits).
 *
 * <p>Domestic forms (no country code) are read by the plan of the buyer's country, the {@code
 * defaultCountry} (ISO 3166 alpha-2, normally the delivery address's): Russia/Kazakhstan {@code 8
 * (916) 123-45-67}, {@code 89161234567}, {@code 79161234567}, {@code 9161234567}; Belarus {@code 8
 * 029 123 45 67} and {@code 29 1234567}; Ukraine {@code 050 123 45 67}; Kyrgyzstan and Azerbaijan
 * {@code 0} + nine digits; Armenia and Moldova {@code 0} + eight digits; Uzbekistan, Georgia,
 * Tajikistan and Poland their bare nine digits. Digits without a plus that do not fit the buyer's
 * plan but do fit a known plan as an international number ({@code 375291234567}) are read as such.
 *
 * <p>The ambiguous case, {@code 8 0XX XXX XX XX}: Belarus writes its domestic numbers this way, and
 * so did Ukraine before it dropped the 8 prefix; a Russian or Kazakh number never starts with 0
 * after the 8. We read it as Belarusian (+375 XX…) unless the buyer's country is Ukraine, where it
 * is read as +380 0XX… without the 0. Ukrainian numbers outside Ukraine's addresses must be written
 * with +380 or as {@code 0XX…} with a Ukrainian address.
 *
 * <p>{@link #toString()} is masked, so a number that ends up in a log line by accident does not
 * leak (DESIGN §8); {@link #e164()} gives the full number.
 */
public final class PhoneNumber {

  /** A numbering plan we know: country code, national number length, and its ISO country. */
  private record Plan(String code, int nationalLength, String country) {}

  private static final Map<String, Plan> PLANS =
      Map.ofEntries(
          plan("7", 10, "RU"),
          plan("375", 9, "BY"),
          plan("380", 9, "UA"),
          plan("998", 9, "UZ"),
          plan("996", 9, "KG"),
          plan("374", 8, "AM"),
          plan("995", 9, "GE"),
          plan("994", 9, "AZ"),
          plan("373", 8, "MD"),
          plan("992", 9, "TJ"),
          plan("48", 9, "PL"));

  /** Countries whose people dial long distance as 8 and abroad as 8-10. */
  private static final Set<String> EIGHT_TEN = Set.of("RU", "KZ", "BY", "UZ", "TJ");

  private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 ()\\-.\u00a0]+");
  private static final int E164_MAX_DIGITS = 15;
  private static final int E164_MIN_DIGITS = 8;

  private final String e164;
  private final String country;

  private PhoneNumber(String e164, String country) {
    this.e164 = e164;
    this.country = country;
  }

  private static Map.Entry<String, Plan> plan(String code, int length, String country) {
    return Map.entry(code, new Plan(code, length, country));
  }

  /**
   * Reads a written number.
   *
   * @param defaultCountry the buyer's country (ISO alpha-2), which decides how a number without a
   *     country code is read; null or unknown: only international forms are accepted
   * @throws IllegalArgumentException with a message for a person when it is not a phone number
   */
  public static PhoneNumber parse(String written, String defaultCountry) {
    if (written == null || written.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String s = written.strip();
    if (!WRITTEN.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "must be a phone number: digits, spaces, brackets and dashes, with an optional leading +");
    }
    String digits = s.replaceAll("\\D", "");
    String home = defaultCountry == null ? "" : defaultCountry.trim().toUpperCase(Locale.ROOT);
    if (s.startsWith("+")) {
      return international(digits, true).orElseThrow(() -> invalid(written));
    }
    if (digits.startsWith("00")) {
      return international(digits.substring(2), true).orElseThrow(() -> invalid(written));
    }
    if (EIGHT_TEN.contains(home) && digits.startsWith("810")) {
      return international(digits.substring(3), true).orElseThrow(() -> invalid(written));
    }
    return domestic(digits, home)
        .or(() -> international(digits, false))
        .orElseThrow(() -> domesticInvalid(home));
  }

  /** Like {@link #parse} but empty instead of an exception. */
  public static Optional<PhoneNumber> tryParse(String written, String defaultCountry) {
    try {
      return Optional.of(parse(written, defaultCountry));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<PhoneNumber> domestic(String d, String home) {
    int n = d.length();
    switch (home) {
      case "RU", "KZ" -> {
        if (n == 11 && d.startsWith("80")) {
          return of("375", d.substring(2)); // Belarusian 8 0XX, see the class comment
        }
        if (n == 11 && (d.charAt(0) == '8' || d.charAt(0) == '7')) {
          return of("7", d.substring(1));
        }
        if (n == 10) {
          return of("7", d);
        }
      }
      case "BY" -> {
        if (n == 11 && d.startsWith("80")) {
          return of("375", d.substring(2));
        }
        if (n == 9) {
          return of("375", d);
        }
      }
      case "UA" -> {
        if (n == 11 && d.startsWith("80")) {
          return of("380", d.substring(2));
        }
        if (n == 10 && d.charAt(0) == '0') {
          return of("380", d.substring(1));
        }
        if (n == 9) {
          return of("380", d);
        }
      }
      case "KG", "AZ" -> {
        String code = home.equals("KG") ? "996" : "994";
        if (n == 10 && d.charAt(0) == '0') {
          return of(code, d.substring(1));
        }
        if (n == 9) {
          return of(code, d);
        }
      }
      case "AM", "MD" -> {
        String code = home.equals("AM") ? "374" : "373";
        if (n == 9 && d.charAt(0) == '0') {
          return of(code, d.substring(1));
        }
        if (n == 8) {
          return of(code, d);
        }
      }
      case "UZ", "GE", "TJ", "PL" -> {
        String code = Map.of("UZ", "998", "GE", "995", "TJ", "992", "PL", "48").get(home);
        if (n == 9) {
          return of(code, d);
        }
      }
      default -> {}
    }
    return Optional.empty();
  }

  /**
   * Country code + national number. Known plans must have their exact length; any other code is
   * taken by the general E.164 rule, but only when the caller wrote it as international ({@code
   * generic}), because bare digits of an unknown plan are too easily a domestic number misread.
   */
  private static Optional<PhoneNumber> international(String digits, boolean generic) {
    for (int len = 1; len <= 3 && len < digits.length(); len++) {
      Plan plan = PLANS.get(digits.substring(0, len));
      if (plan != null) {
        return of(plan.code(), digits.substring(len));
      }
    }
    if (generic
        && digits.length() >= E164_MIN_DIGITS
        && digits.length() <= E164_MAX_DIGITS
        && digits.charAt(0) != '0') {
      return Optional.of(new PhoneNumber("+" + digits, null));
    }
    return Optional.empty();
  }

  private static Optional<PhoneNumber> of(String code, String national) {
    Plan plan = PLANS.get(code);
    if (national.length() != plan.nationalLength() || national.charAt(0) == '0') {
      return Optional.empty();
    }
    String country = plan.country();
    if (code.equals("7")) {
      char first = national.charAt(0);
      // +7 3xx/4xx/8xx/9xx is Russia, 6xx/7xx Kazakhstan; 0, 1, 2 and 5 are not assigned.
      if (first == '6' || first == '7') {
        country = "KZ";
      } else if (first < '3' || first == '5') {
        return Optional.empty();
      }
    }
    return Optional.of(new PhoneNumber("+" + code + national, country));
  }

  private static IllegalArgumentException invalid(String written) {
    return new IllegalArgumentException(
        "is not a valid international number (country code and the right number of digits)");
  }

  private static IllegalArgumentException domesticInvalid(String home) {
    String example =
        switch (home) {
          case "RU", "KZ" -> "8 916 123-45-67 or +7 916 123-45-67";
          case "BY" -> "8 029 123-45-67 or +375 29 123-45-67";
          case "PL" -> "601 234 567 or +48 601 234 567";
          default -> "+ and the country code, e.g. +7 916 123-45-67";
        };
    return new IllegalArgumentException("is not a valid phone number; write it like " + example);
  }

  /** The number in E.164: a plus, the country code and the national number, nothing else. */
  public String e164() {
    return e164;
  }

  /** ISO 3166 alpha-2 country of the number's plan, or null for a plan we do not know. */
  public String country() {
    return country;
  }

  /** For logs and screens that must not show the number: country code and last two digits. */
  public String masked() {
    return mask(e164);
  }

  /** Masks any E.164 string the same way: {@code +79161234567} → {@code +7********67}. */
  static String mask(String e164) {
    if (e164 == null || e164.length() < 5) {
      return "***";
    }
    String digits = e164.substring(1);
    int code = 1;
    for (int len = 3; len >= 1; len--) {
      if (digits.length() > len && PLANS.containsKey(digits.substring(0, len))) {
        code = len;
        break;
      }
    }
    return "+" + digits.substring(0, code) + "*".repeat(digits.length() - code - 2) + digits.substring(digits.length() - 2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhoneNumber p && p.e164.equals(e164);
  }

  @Override
  public int hashCode() {
    return Objects.hash(e164);
  }

  @Override
  public String toString() {
    return masked();
  }
}
