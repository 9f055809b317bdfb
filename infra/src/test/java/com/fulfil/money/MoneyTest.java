package com.fulfil.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parsesPeopleWrittenDecimalsIntoMinorUnits() {
    assertEquals(129_900, Money.parse("1299.00", "RUB").amountMinor());
    assertEquals(129_950, Money.parse("1299,5", "RUB").amountMinor());
    assertEquals(1_000, Money.parse("10", "PLN").amountMinor());
    assertEquals(500, Money.parse("500", "JPY").amountMinor(), "yen has no minor digits");
  }

  @Test
  void refusesWhatItWouldHaveToRound() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("10.001", "RUB"));
    assertEquals("has more than 2 decimal places for RUB", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.parse("abc", "RUB"));
    assertThrows(IllegalArgumentException.class, () -> Money.parse("", "RUB"));
    assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "RUBLES"));
    assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "XYZ"));
    assertThrows(IllegalArgumentException.class, () -> Money.parse("99999999999999999999", "RUB"));
  }

  @Test
  void addsOnlyTheSameCurrencyAndNeverOverflowsSilently() {
    Money a = Money.ofMinor(150, "RUB");
    assertEquals(Money.ofMinor(450, "RUB"), a.plus(Money.ofMinor(300, "RUB")));
    assertEquals(Money.ofMinor(-150, "RUB"), a.minus(Money.ofMinor(300, "RUB")));
    assertEquals(Money.ofMinor(600, "RUB"), a.times(4));
    assertThrows(IllegalArgumentException.class, () -> a.plus(Money.ofMinor(1, "PLN")));
    assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE, "RUB").plus(a));
  }

  @Test
  void printsAsAPlainDecimal() {
    assertEquals("1299.00", Money.ofMinor(129_900, "RUB").toDecimalString());
    assertEquals("-0.05 PLN", Money.ofMinor(-5, "PLN").toString());
  }
}
