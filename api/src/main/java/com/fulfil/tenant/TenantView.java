package com.fulfil.tenant;

/** A shop's settings as the API shows them. */
public record TenantView(
    String id,
    String name,
    String legalName,
    String taxId,
    String legalAddress,
    String currency,
    String timeZone,
    String callWindowStart,
    String callWindowEnd,
    long version) {

  static TenantView of(Tenant t) {
    return new TenantView(
        t.id(), t.name(), t.legalName(), t.taxId(), t.legalAddress(), t.currency(), t.timeZone(),
        t.callWindowStart().toString(), t.callWindowEnd().toString(), t.version());
  }
}
