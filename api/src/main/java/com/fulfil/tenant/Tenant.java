package com.fulfil.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

/** A shop served by the platform. Its id is the {@code tenant_id} in its users' tokens. */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id private String id;
  private String name;

  @Column(name = "legal_name")
  private String legalName;

  @Column(name = "tax_id")
  private String taxId;

  @Column(name = "legal_address")
  private String legalAddress;

  private String currency;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "call_window_start")
  private LocalTime callWindowStart;

  @Column(name = "call_window_end")
  private LocalTime callWindowEnd;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Tenant() {}

  static Tenant onboard(TenantRequest r, Instant now) {
    Tenant t = new Tenant();
    t.id = r.id();
    t.createdAt = now;
    t.amend(r, now);
    return t;
  }

  /** Currency cannot change once a shop has prices and money in it; the service checks that. */
  void amend(TenantRequest r, Instant now) {
    name = r.name().trim();
    legalName = r.legalName().trim();
    taxId = blankToNull(r.taxId());
    legalAddress = blankToNull(r.legalAddress());
    currency = r.currency();
    timeZone = r.timeZone();
    callWindowStart = LocalTime.parse(r.callWindowStart());
    callWindowEnd = LocalTime.parse(r.callWindowEnd());
    updatedAt = now;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  String id() { return id; }
  String name() { return name; }
  String legalName() { return legalName; }
  String taxId() { return taxId; }
  String legalAddress() { return legalAddress; }
  public String currency() { return currency; }
  String timeZone() { return timeZone; }
  LocalTime callWindowStart() { return callWindowStart; }
  LocalTime callWindowEnd() { return callWindowEnd; }
  long version() { return version; }
}
