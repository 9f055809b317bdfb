package com.fulfil.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.ZoneId;

/** The person who receives the order: name, phone (E.164), email, address and time zone. */
@Embeddable
public class Buyer {

  @Column(name = "buyer_name")
  private String name;

  @Column(name = "buyer_phone")
  private String phone;

  @Column(name = "buyer_email")
  private String email;

  @Embedded private Address address;

  @Column(name = "buyer_time_zone")
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_time_zone_source")
  private BuyerZone.Source timeZoneSource;

  protected Buyer() {}

  Buyer(String name, PhoneNumber phone, String email, Address address, BuyerZone zone) {
    this(name, phone.e164(), email, address, zone);
  }

  /** The buyer at a new address; a zone the shop stated stays, a derived one follows the address. */
  Buyer movedTo(Address newAddress, BuyerZone derived) {
    BuyerZone zone = timeZoneSource == BuyerZone.Source.STATED ? zone() : derived;
    return new Buyer(name, phone, email, newAddress, zone);
  }

  private Buyer(String name, String phone, String email, Address address, BuyerZone zone) {
    this.name = name;
    this.phone = phone;
    this.email = email;
    this.address = address;
    this.timeZone = zone.zone().getId();
    this.timeZoneSource = zone.source();
  }

  String name() { return name; }
  String phone() { return phone; }
  String email() { return email; }
  Address address() { return address; }
  BuyerZone zone() { return new BuyerZone(ZoneId.of(timeZone), timeZoneSource); }

  /** Personal data: masked. */
  @Override
  public String toString() {
    return "Buyer[" + PhoneNumber.mask(phone) + ", " + address + "]";
  }
}
