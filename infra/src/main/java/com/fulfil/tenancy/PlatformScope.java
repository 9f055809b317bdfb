package com.fulfil.tenancy;

import com.fulfil.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The one door through which platform staff (who carry no tenant) act on a shop's data. Each use
 * binds that shop to the transaction and leaves an audit row naming the staff member and the act.
 */
@ApplicationScoped
public class PlatformScope {

  @Inject TenantSession session;
  @Inject AuditTrail audit;

  /** Runs {@code work} inside the caller's transaction as {@code tenant}, audited as {@code act}. */
  public <T> T runAs(TenantId tenant, String act, Supplier<T> work) {
    session.bind(tenant);
    audit.record("platform." + act, "tenant", tenant.value(), null, null);
    return work.get();
  }
}
