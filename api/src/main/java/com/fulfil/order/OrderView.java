package com.fulfil.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API and the other contexts see it. Amounts are minor units of {@code
 * totals.currency}; {@code deliveryDate} and the slot are the buyer's local date and times, in
 * {@code buyer.timeZone}; {@code receivedAt} is UTC.
 */
public record OrderView(
    UUID id,
    String externalNumber,
    OrderStatus status,
    BuyerView buyer,
    List<LineView> lines,
    TotalsView totals,
    PaymentForm paymentForm,
    LocalDate deliveryDate,
    LocalTime slotFrom,
    LocalTime slotTo,
    DeliveryMethod deliveryMethod,
    String notes,
    Instant receivedAt,
    long version) {

  /** The buyer; {@code phone} is E.164, {@code timeZone} an IANA zone id. */
  public record BuyerView(String name, String phone, String email, AddressView address, String timeZone) {
    /** Personal data stays out of logs even if someone logs a view. */
    @Override
    public String toString() {
      return "BuyerView[" + PhoneNumber.mask(phone) + ", " + address + ", " + timeZone + "]";
    }
  }

  public record AddressView(String country, String region, String city, String street, String postalCode) {
    @Override
    public String toString() {
      return "AddressView[" + country + ", " + city + ", ***]";
    }
  }

  public record LineView(String sku, String name, int qty, long unitPriceMinor, long amountMinor) {}

  /** {@code codAmountMinor}: what the courier collects at the door (0 when prepaid). */
  public record TotalsView(long goodsTotalMinor, long deliveryFeeMinor, long codAmountMinor, String currency) {}

  static OrderView of(Order o) {
    Buyer b = o.buyer();
    Address a = b.address();
    Totals t = o.totals();
    Schedule s = o.schedule();
    return new OrderView(
        o.id(),
        o.externalNumber(),
        o.status(),
        new BuyerView(
            b.name(), b.phone(), b.email(),
            new AddressView(a.country(), a.region(), a.city(), a.street(), a.postalCode()),
            b.zone().zone().getId()),
        o.lines().stream()
            .map(l -> new LineView(l.sku(), l.name(), l.qty(), l.unitPriceMinor(), l.amountMinor()))
            .toList(),
        new TotalsView(t.goodsTotalMinor(), t.deliveryFeeMinor(), t.codAmountMinor(), o.currency()),
        o.paymentForm(),
        s.date(),
        s.slotFrom(),
        s.slotTo(),
        o.deliveryMethod(),
        o.notes(),
        o.receivedAt(),
        o.version());
  }
}
