package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void automaticChoiceFollowsTheBuyersCountry() {
    Preferences auto = Preferences.of(null, "RUB");
    assertEquals(Language.RU, auto.buyerLanguage("RU"));
    assertEquals(Language.RU, auto.buyerLanguage("kz"));
    assertEquals(Language.EN, auto.buyerLanguage("PL"));
    assertEquals(Language.EN, auto.buyerLanguage(null));
  }

  @Test
  void defaultsForTheShopFollowItsCurrency() {
    assertEquals(Language.RU, Preferences.of(null, "RUB").shopLanguage());
    assertEquals(Language.EN, Preferences.of(null, "PLN").shopLanguage());
    assertEquals(null, Preferences.of(null, "RUB").contactEmail());
  }

  @Test
  void aFixedChoiceWinsOverTheCountry() {
    NotificationSettings s = NotificationSettings.create(java.time.Instant.EPOCH);
    s.change(NotificationSettings.BuyerLanguage.EN, Language.EN, "orders@shop.example", java.time.Instant.EPOCH);
    Preferences p = Preferences.of(s, "RUB");
    assertEquals(Language.EN, p.buyerLanguage("RU"));
    assertEquals("orders@shop.example", p.contactEmail());
  }
}
