package com.fulfil.notification;

import java.util.Set;

/**
 * A shop's effective notification choices: its saved settings, or the defaults when it saved none
 * (buyers by their country; the shop in Russian if its currency is a Russian-speaking country's,
 * else English; no contact email).
 */
record Preferences(NotificationSettings.BuyerLanguage buyer, Language shopLanguage, String contactEmail, long version) {

  private static final Set<String> RUSSIAN_SPEAKING_CURRENCIES =
      Set.of("RUB", "BYN", "KZT", "KGS", "UZS", "TJS", "AMD", "AZN", "MDL", "UAH", "GEL", "TMT");

  static Preferences of(NotificationSettings saved, String shopCurrency) {
    if (saved == null) {
      Language shop = RUSSIAN_SPEAKING_CURRENCIES.contains(shopCurrency) ? Language.RU : Language.EN;
      return new Preferences(NotificationSettings.BuyerLanguage.AUTO, shop, null, 0);
    }
    return new Preferences(saved.buyerLanguage(), saved.shopLanguage(), saved.contactEmail(), saved.version());
  }

  Language buyerLanguage(String buyerCountry) {
    return switch (buyer) {
      case RU -> Language.RU;
      case EN -> Language.EN;
      case AUTO -> Language.forCountry(buyerCountry);
    };
  }
}
