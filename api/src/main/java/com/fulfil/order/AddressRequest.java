package com.fulfil.order;

/** A delivery address: {@code country} is ISO 3166 alpha-2 ({@code RU}); {@code street} is the street line. */
public record AddressRequest(String country, String region, String city, String street, String postalCode) {
  /** Personal data stays out of logs. */
  @Override
  public String toString() {
    return "AddressRequest[" + country + ", ***]";
  }
}
