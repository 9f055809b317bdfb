package com.fulfil.notification;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A shop's notification settings: {@code buyerLanguage} {@code auto} (by the buyer's country:
 * Russian in Russia and the CIS, English elsewhere), {@code ru} or {@code en}; {@code shopLanguage}
 * {@code ru} or {@code en} for emails to the shop; {@code contactEmail} where the shop is told of
 * orders on hold (null: nowhere but its webhooks).
 */
public record SettingsRequest(String buyerLanguage, String shopLanguage, String contactEmail) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (buyerLanguageChoice() == null) {
      v.add(Violation.field("buyerLanguage", "must be auto, ru or en"));
    }
    if (shopLanguageChoice() == null) {
      v.add(Violation.field("shopLanguage", "must be ru or en"));
    }
    String email = email();
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      v.add(Violation.field("contactEmail", "must be an email address such as orders@shop.example"));
    }
    return v;
  }

  NotificationSettings.BuyerLanguage buyerLanguageChoice() {
    if (buyerLanguage == null) {
      return null;
    }
    return switch (buyerLanguage.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> NotificationSettings.BuyerLanguage.AUTO;
      case "ru" -> NotificationSettings.BuyerLanguage.RU;
      case "en" -> NotificationSettings.BuyerLanguage.EN;
      default -> null;
    };
  }

  Language shopLanguageChoice() {
    return Language.parse(shopLanguage).orElse(null);
  }

  String email() {
    return contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
  }
}
