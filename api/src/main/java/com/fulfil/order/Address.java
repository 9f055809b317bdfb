package com.fulfil.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the buyer wants the parcel: country (ISO 3166 alpha-2), region, city, street line, postal code. */
@Embeddable
public class Address {

  @Column(name = "address_country")
  private String country;

  @Column(name = "address_region")
  private String region;

  @Column(name = "address_city")
  private String city;

  @Column(name = "address_street")
  private String street;

  @Column(name = "address_postal_code")
  private String postalCode;

  protected Address() {}

  Address(String country, String region, String city, String street, String postalCode) {
    this.country = country;
    this.region = region;
    this.city = city;
    this.street = street;
    this.postalCode = postalCode;
  }

  String country() { return country; }
  String region() { return region; }
  String city() { return city; }
  String street() { return street; }
  String postalCode() { return postalCode; }

  /** Personal data: only the country and city, never the street. */
  @Override
  public String toString() {
    return "Address[" + country + ", " + city + ", ***]";
  }
}
