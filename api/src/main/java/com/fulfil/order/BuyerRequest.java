package com.fulfil.order;

/**
 * The buyer as the shop states them. {@code phone} in any usual written form (see {@link
 * PhoneNumber}); {@code timeZone} (IANA, e.g. {@code Asia/Yekaterinburg}) is optional and derived
 * from the address when absent.
 */
public record BuyerRequest(String name, String phone, String email, AddressRequest address, String timeZone) {
  /** Personal data stays out of logs. */
  @Override
  public String toString() {
    return "BuyerRequest[***]";
  }
}
