package com.fulfil.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @ParameterizedTest(name = "{0} in {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Russia: the usual domestic and international forms
        "8 (916) 123-45-67     | RU | +79161234567  | RU",
        "+7 916 1234567        | RU | +79161234567  | RU",
        "89161234567           | RU | +79161234567  | RU",
        "79161234567           | RU | +79161234567  | RU",
        "9161234567            | RU | +79161234567  | RU",
        "+7 (495) 123-45-67    | RU | +74951234567  | RU",
        "8 800 555-35-35       | RU | +78005553535  | RU",
        "8.916.123.45.67       | RU | +79161234567  | RU",
        "+7 916 123 45 67      | PL | +79161234567  | RU",
        "79161234567           | PL | +79161234567  | RU",
        // abroad from Russia: 8-10 and 00
        "8 10 375 29 123-45-67 | RU | +375291234567 | BY",
        "00 48 601 234 567     | RU | +48601234567  | PL",
        "375291234567          | RU | +375291234567 | BY",
        // Belarus, including the ambiguous 8 0XX form (Belarusian unless the address is in Ukraine)
        "+375 29 123-45-67     | RU | +375291234567 | BY",
        "8 029 123 45 67       | BY | +375291234567 | BY",
        "8 029 123 45 67       | RU | +375291234567 | BY",
        "29 1234567            | BY | +375291234567 | BY",
        "8 017 123-45-67       | BY | +375171234567 | BY",
        // Kazakhstan shares +7: 6xx and 7xx
        "+7 701 123 4567       | RU | +77011234567  | KZ",
        "8 701 123 45 67       | KZ | +77011234567  | KZ",
        "8 (727) 123-45-67     | KZ | +77271234567  | KZ",
        // Ukraine
        "+380 50 123 4567      | RU | +380501234567 | UA",
        "050 123 45 67         | UA | +380501234567 | UA",
        "8 050 123 45 67       | UA | +380501234567 | UA",
        // Uzbekistan, Kyrgyzstan, Armenia, Georgia, Azerbaijan, Moldova, Tajikistan
        "+998 90 123-45-67     | RU | +998901234567 | UZ",
        "90 123 45 67          | UZ | +998901234567 | UZ",
        "+996 555 123 456      | RU | +996555123456 | KG",
        "0555 123 456          | KG | +996555123456 | KG",
        "+374 91 123456        | RU | +37491123456  | AM",
        "091 123456            | AM | +37491123456  | AM",
        "+995 555 12 34 56     | RU | +995555123456 | GE",
        "555 12 34 56          | GE | +995555123456 | GE",
        "+994 50 123 45 67     | RU | +994501234567 | AZ",
        "050 123 45 67         | AZ | +994501234567 | AZ",
        "+373 69 123 456       | RU | +37369123456  | MD",
        "069 123 456           | MD | +37369123456  | MD",
        "+992 93 123 4567      | RU | +992931234567 | TJ",
        "93 123 4567           | TJ | +992931234567 | TJ",
        // Poland, for the Polish demo shop
        "+48 601 234 567       | PL | +48601234567  | PL",
        "601 234 567           | PL | +48601234567  | PL",
        "601-234-567           | pl | +48601234567  | PL",
        "0048 601 234 567      | PL | +48601234567  | PL",
        "48601234567           | RU | +48601234567  | PL",
      })
  void readsTheWrittenFormsToE164(String written, String country, String e164, String numberCountry) {
    PhoneNumber phone = PhoneNumber.parse(written, country);
    assertEquals(e164, phone.e164());
    assertEquals(numberCountry, phone.country());
  }

  @Test
  void otherCountriesAreTakenByTheGeneralE164RuleWhenWrittenInternationally() {
    PhoneNumber london = PhoneNumber.parse("+44 20 7946 0958", "RU");
    assertEquals("+442079460958", london.e164());
    assertNull(london.country());
    assertEquals("+4915112345678", PhoneNumber.parse("0049 151 1234 5678", "PL").e164());
    assertFalse(PhoneNumber.tryParse("442079460958", "RU").isPresent(), "bare digits of an unknown plan are not guessed");
  }

  @ParameterizedTest(name = "{0} in {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "+7 916 123 45         | RU",
        "+7 116 123 45 67      | RU",
        "+7 516 123 45 67      | RU",
        "8 (916) 123-45-678    | RU",
        "123                   | RU",
        "601 234 567           | RU",
        "0161234567            | RU",
        "+375 29 123 45 6      | BY",
        "+380 50 123 45 678    | UA",
        "+0123456789           | RU",
        "+1234567              | RU",
        "9161234567            | ''",
        "8 916 123 45 67       | DE",
        "+7 916 123-45-67 доб. 5 | RU",
        "phone: 89161234567    | RU",
        "++79161234567         | RU",
      })
  void refusesWhatIsNotAPhoneNumberWithAMessage(String written, String country) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse(written, country));
    assertFalse(e.getMessage().isBlank());
    assertFalse(PhoneNumber.tryParse(written, country).isPresent());
  }

  @Test
  void anEmptyNumberIsRequired() {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse(null, "RU")).getMessage());
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("  ", "RU")).getMessage());
  }

  @Test
  void theDomesticFormIsReadByTheBuyersCountry() {
    assertEquals("+380501234567", PhoneNumber.parse("050 123 45 67", "UA").e164());
    assertEquals("+994501234567", PhoneNumber.parse("050 123 45 67", "AZ").e164());
    assertEquals("+79161234567", PhoneNumber.parse("916 123 45 67", "RU").e164());
    assertTrue(PhoneNumber.parse("916 123 45 67", "RU").equals(PhoneNumber.parse("+79161234567", null)));
  }

  @Test
  void printsMaskedSoThatLogsNeverHoldTheNumber() {
    PhoneNumber ru = PhoneNumber.parse("8 (916) 123-45-67", "RU");
    assertEquals("+7********67", ru.masked());
    assertEquals("+7********67", ru.toString());
    assertEquals("+375*******67", PhoneNumber.parse("+375 29 123 45 67", null).toString());
    assertEquals("+48*******67", PhoneNumber.mask("+48601234567"));
    assertFalse(String.valueOf(ru).contains("9161234"));
  }
}
