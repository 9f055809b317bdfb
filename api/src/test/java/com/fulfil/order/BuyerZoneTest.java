package com.fulfil.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuyerZoneTest {

  private static final ZoneId SHOP = ZoneId.of("Europe/Moscow");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Москва                              | Europe/Moscow",
        "г. Москва                           | Europe/Moscow",
        "Московская область                  | Europe/Moscow",
        "московская обл.                     | Europe/Moscow",
        "Санкт-Петербург                     | Europe/Moscow",
        "Свердловская область                | Asia/Yekaterinburg",
        "СВЕРДЛОВСКАЯ ОБЛ                    | Asia/Yekaterinburg",
        "Новосибирская обл.                  | Asia/Novosibirsk",
        "Приморский край                     | Asia/Vladivostok",
        "Калининградская область             | Europe/Kaliningrad",
        "Самарская                           | Europe/Samara",
        "Камчатский край                     | Asia/Kamchatka",
        "Республика Татарстан                | Europe/Moscow",
        "Респ. Башкортостан                  | Asia/Yekaterinburg",
        "Удмуртская Республика               | Europe/Samara",
        "Республика Саха (Якутия)            | Asia/Yakutsk",
        "Якутия                              | Asia/Yakutsk",
        "Ханты-Мансийский автономный округ — Югра | Asia/Yekaterinburg",
        "Ямало-Ненецкий АО                    | Asia/Yekaterinburg",
        "Ненецкий автономный округ           | Europe/Moscow",
        "Республика Северная Осетия — Алания | Europe/Moscow",
        "Кемеровская область — Кузбасс       | Asia/Novokuznetsk",
        "Алтайский край                      | Asia/Barnaul",
        "Республика Алтай                    | Asia/Barnaul",
        "Красноярский край                   | Asia/Krasnoyarsk",
        "Иркутская область                   | Asia/Irkutsk",
        "Забайкальский край                  | Asia/Chita",
        "Хабаровский край                    | Asia/Vladivostok",
        "Еврейская автономная область        | Asia/Vladivostok",
        "Магаданская область                 | Asia/Magadan",
        "Сахалинская область                 | Asia/Sakhalin",
        "Чукотский автономный округ          | Asia/Anadyr",
        "Омская область                      | Asia/Omsk",
        "Томская область                     | Asia/Tomsk",
        "Астраханская область                | Europe/Astrakhan",
        "Саратовская область                 | Europe/Saratov",
        "Ульяновская область                 | Europe/Ulyanovsk",
        "Волгоградская область               | Europe/Volgograd",
        "Кировская область                   | Europe/Kirov",
        "Пермский край                       | Asia/Yekaterinburg",
        "Оренбургская область                | Asia/Yekaterinburg",
        "Тюменская область                   | Asia/Yekaterinburg",
        "Челябинская обл.                    | Asia/Yekaterinburg",
        "Республика Бурятия                  | Asia/Irkutsk",
        "Амурская область                    | Asia/Yakutsk",
        "Чувашская Республика — Чувашия      | Europe/Moscow",
        "Нижегородская область               | Europe/Moscow",
        "Новгородская область                | Europe/Moscow",
        "Республика Крым                     | Europe/Simferopol",
        "Ёлки-Палки, Свердловская            | Asia/Yekaterinburg",
      })
  void russianSubjectsByTheirUsualWrittenNames(String region, String zone) {
    BuyerZone derived = BuyerZone.derive("RU", region, "Какой-то город", SHOP);
    assertEquals(ZoneId.of(zone), derived.zone(), region);
    assertEquals(BuyerZone.Source.REGION, derived.source());
  }

  @Test
  void theCityIsConsultedWhenTheRegionSaysNothing() {
    assertEquals(ZoneId.of("Asia/Novosibirsk"), BuyerZone.derive("RU", null, "Новосибирск", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Yekaterinburg"), BuyerZone.derive("RU", "", "г. Екатеринбург", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Vladivostok"), BuyerZone.derive("RU", "неизвестно", "Владивосток", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Kamchatka"), BuyerZone.derive("RU", null, "Петропавловск-Камчатский", SHOP).zone());
  }

  @Test
  void otherCountriesByTheirCountryAndTheShopsZoneWhenNothingIsKnown() {
    assertEquals(new BuyerZone(ZoneId.of("Europe/Minsk"), BuyerZone.Source.COUNTRY), BuyerZone.derive("BY", "Минская", "Минск", SHOP));
    assertEquals(ZoneId.of("Asia/Almaty"), BuyerZone.derive("KZ", null, "Астана", SHOP).zone());
    assertEquals(ZoneId.of("Europe/Kyiv"), BuyerZone.derive("UA", null, "Київ", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Tashkent"), BuyerZone.derive("UZ", null, "Ташкент", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Bishkek"), BuyerZone.derive("KG", null, "Бишкек", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Yerevan"), BuyerZone.derive("AM", null, "Ереван", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Tbilisi"), BuyerZone.derive("GE", null, "Тбилиси", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Baku"), BuyerZone.derive("AZ", null, "Баку", SHOP).zone());
    assertEquals(ZoneId.of("Europe/Chisinau"), BuyerZone.derive("MD", null, "Кишинёв", SHOP).zone());
    assertEquals(ZoneId.of("Asia/Dushanbe"), BuyerZone.derive("TJ", null, "Душанбе", SHOP).zone());
    assertEquals(ZoneId.of("Europe/Warsaw"), BuyerZone.derive("PL", "mazowieckie", "Warszawa", SHOP).zone());
    BuyerZone unknownRussian = BuyerZone.derive("RU", "Неведомая область", "Глухомань", ZoneId.of("Europe/Samara"));
    assertEquals(new BuyerZone(ZoneId.of("Europe/Samara"), BuyerZone.Source.SHOP), unknownRussian);
    assertEquals(BuyerZone.Source.SHOP, BuyerZone.derive("DE", "Bayern", "München", SHOP).source());
    assertEquals(ZoneId.of("Europe/Minsk"), BuyerZone.derive("BY", "Свердловская", null, SHOP).zone(),
        "a Russian region name outside Russia does not count");
  }

  @Test
  void wordsMatchWholeNotAsSubstrings() {
    assertNull(BuyerZone.russianSubject("Московский район"), "a district of some city, not the Moscow region");
    assertNull(BuyerZone.russianSubject("Комиссаровка"), "contains 'коми' but is not Komi");
    assertNull(BuyerZone.russianSubject(null));
    assertNull(BuyerZone.russianSubject("   "));
  }
}
