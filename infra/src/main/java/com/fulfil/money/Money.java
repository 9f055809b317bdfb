package com.fulfil.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in the currency's smallest unit (kopecks, grosze, cents). */
public record Money(long amountMinor, Currency currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money ofMinor(long amountMinor, String currencyCode) {
    return new Money(amountMinor, currency(currencyCode));
  }

  /**
   * Parses a decimal written by a person ("1299.00", "1299,5", "1299") in the currency's minor
   * digits. More fraction digits than the currency has is an error, not a rounding.
   */
  public static Money parse(String decimal, String currencyCode) {
    Currency currency = currency(currencyCode);
    if (decimal == null || decimal.isBlank()) {
      throw new IllegalArgumentException("an amount is required");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(decimal.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + decimal + "' is not a decimal amount");
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    if (value.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException(
          "has more than " + digits + " decimal places for " + currency.getCurrencyCode());
    }
    try {
      return new Money(value.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("is too large");
    }
  }

  /** ISO 4217 code to {@link Currency}; an unknown code is an error naming it. */
  public static Currency currency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code such as RUB");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency");
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
  }

  public Money times(long quantity) {
    return new Money(Math.multiplyExact(amountMinor, quantity), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
    }
  }

  /** Plain decimal form, e.g. "1299.00", for CSV and logs. */
  public String toDecimalString() {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return BigDecimal.valueOf(amountMinor, digits).toPlainString();
  }

  @Override
  public String toString() {
    return toDecimalString() + " " + currency.getCurrencyCode();
  }
}
