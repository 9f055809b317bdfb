package com.fulfil.order;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The buyer's time zone, which decides when the call-centre may call (never in the buyer's night).
 * Stated by the shop if it knows it; otherwise derived from the delivery address: for Russia from
 * the federal subject (region, or the city for the federal cities), for the CIS countries and
 * Poland from the country; failing that, the shop's own zone.
 *
 * @param source where the zone came from, so that an address change can re-derive a derived zone
 *     but never overrides one the shop stated
 */
record BuyerZone(ZoneId zone, Source source) {

  enum Source {
    STATED,
    REGION,
    COUNTRY,
    SHOP
  }

  /** One zone for the whole country (Kazakhstan has been on one zone, UTC+5, since March 2024). */
  private static final Map<String, ZoneId> COUNTRY_ZONES =
      Map.ofEntries(
          Map.entry("BY", ZoneId.of("Europe/Minsk")),
          Map.entry("UA", ZoneId.of("Europe/Kyiv")),
          Map.entry("KZ", ZoneId.of("Asia/Almaty")),
          Map.entry("UZ", ZoneId.of("Asia/Tashkent")),
          Map.entry("KG", ZoneId.of("Asia/Bishkek")),
          Map.entry("AM", ZoneId.of("Asia/Yerevan")),
          Map.entry("GE", ZoneId.of("Asia/Tbilisi")),
          Map.entry("AZ", ZoneId.of("Asia/Baku")),
          Map.entry("MD", ZoneId.of("Europe/Chisinau")),
          Map.entry("TJ", ZoneId.of("Asia/Dushanbe")),
          Map.entry("PL", ZoneId.of("Europe/Warsaw")));

  /**
   * Russian federal subjects → zone, by the distinctive words of their names (normalised: lower
   * case, ё as е, punctuation as spaces, without "область", "край", "республика", "автономный
   * округ", "г."). Yakutia spans three zones; its capital's is used. The largest cities are listed
   * too, for addresses that name only the city.
   */
  private static final Map<String, ZoneId> SUBJECTS = new HashMap<>();

  /** Words that say what kind of subject it is, not which one. */
  private static final Set<String> KIND_WORDS =
      Set.of(
          "область", "обл", "край", "кр", "республика", "респ", "автономный", "автономная", "округ",
          "ао", "аобл", "г", "гор", "город", "федерального", "значения", "oblast", "region", "krai",
          "kray", "republic", "city");

  static {
    subjects("Europe/Kaliningrad", "калининградская", "калининград", "kaliningrad");
    subjects(
        "Europe/Moscow",
        "москва", "мск", "московская", "moscow", "moskva", "санкт петербург", "петербург", "спб",
        "saint petersburg", "st petersburg", "ленинградская", "адыгея", "архангельская",
        "белгородская", "брянская", "владимирская", "вологодская", "воронежская", "дагестан",
        "ивановская", "ингушетия", "кабардино балкарская", "кабардино балкария", "калмыкия",
        "калужская", "карачаево черкесская", "карачаево черкесия", "карелия", "коми", "костромская",
        "краснодарский", "курская", "липецкая", "марий эл", "мордовия", "мурманская", "ненецкий",
        "нижегородская", "новгородская", "орловская", "пензенская", "псковская", "ростовская",
        "рязанская", "северная осетия", "алания", "смоленская", "ставропольский", "тамбовская",
        "татарстан", "тверская", "тульская", "чеченская", "чечня", "чувашская", "чувашия",
        "ярославская", "казань", "нижний новгород", "ростов на дону", "краснодар", "воронеж");
    subjects("Europe/Kirov", "кировская");
    subjects("Europe/Volgograd", "волгоградская", "волгоград");
    subjects("Europe/Simferopol", "крым", "севастополь");
    subjects("Europe/Samara", "самарская", "самара", "удмуртская", "удмуртия", "ижевск");
    subjects("Europe/Astrakhan", "астраханская");
    subjects("Europe/Saratov", "саратовская", "саратов");
    subjects("Europe/Ulyanovsk", "ульяновская", "ульяновск");
    subjects(
        "Asia/Yekaterinburg",
        "свердловская", "екатеринбург", "челябинская", "курганская", "тюменская", "оренбургская",
        "пермский", "башкортостан", "башкирия", "ханты мансийский", "хмао", "югра", "ямало ненецкий",
        "янао", "челябинск", "пермь", "уфа", "тюмень");
    subjects("Asia/Omsk", "омская", "омск");
    subjects("Asia/Novosibirsk", "новосибирская", "новосибирск");
    subjects("Asia/Barnaul", "алтайский", "алтай");
    subjects("Asia/Tomsk", "томская");
    subjects("Asia/Novokuznetsk", "кемеровская", "кузбасс");
    subjects("Asia/Krasnoyarsk", "красноярский", "красноярск", "хакасия", "тыва", "тува");
    subjects("Asia/Irkutsk", "иркутская", "иркутск", "бурятия");
    subjects("Asia/Chita", "забайкальский");
    subjects("Asia/Yakutsk", "амурская", "саха", "якутия", "якутск");
    subjects("Asia/Vladivostok", "приморский", "владивосток", "хабаровский", "хабаровск", "еврейская");
    subjects("Asia/Magadan", "магаданская");
    subjects("Asia/Sakhalin", "сахалинская");
    subjects("Asia/Kamchatka", "камчатский");
    subjects("Asia/Anadyr", "чукотский");
  }

  private static void subjects(String zone, String... names) {
    ZoneId id = ZoneId.of(zone);
    for (String name : names) {
      if (SUBJECTS.put(String.join(" ", words(name)), id) != null) {
        throw new IllegalStateException("subject listed twice: " + name);
      }
    }
  }

  static BuyerZone stated(ZoneId zone) {
    return new BuyerZone(zone, Source.STATED);
  }

  /**
   * The zone for an address.
   *
   * @param country ISO 3166 alpha-2, upper case
   * @param region the federal subject or other region as written, may be null
   * @param city the city as written, consulted for Russia when the region says nothing
   * @param shopZone the fallback
   */
  static BuyerZone derive(String country, String region, String city, ZoneId shopZone) {
    if ("RU".equals(country)) {
      ZoneId zone = russianSubject(region);
      if (zone == null) {
        zone = russianSubject(city);
      }
      if (zone != null) {
        return new BuyerZone(zone, Source.REGION);
      }
    }
    ZoneId zone = country == null ? null : COUNTRY_ZONES.get(country);
    return zone != null ? new BuyerZone(zone, Source.COUNTRY) : new BuyerZone(shopZone, Source.SHOP);
  }

  /**
   * The zone of the Russian federal subject named in {@code text}, or null. The longest name found
   * as whole words wins, so "Ямало-Ненецкий АО" is not taken for the Nenets okrug.
   */
  static ZoneId russianSubject(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<String> words = words(text);
    ZoneId best = null;
    int bestWords = 0;
    for (int from = 0; from < words.size(); from++) {
      for (int to = from + 1; to <= Math.min(words.size(), from + 3); to++) {
        ZoneId zone = SUBJECTS.get(String.join(" ", words.subList(from, to)));
        if (zone != null && to - from > bestWords) {
          best = zone;
          bestWords = to - from;
        }
      }
    }
    return best;
  }

  private static List<String> words(String text) {
    String normal = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    List<String> words = new ArrayList<>();
    for (String w : Arrays.asList(normal.split(" "))) {
      if (!w.isEmpty() && !KIND_WORDS.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }
}
