package com.fulfil.tenancy;

import com.fulfil.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The one door through which platform staff (who carry no tenant) act on a shop's data. Each use
 * binds that shop to the transaction and leaves an audit row naming the staff member and the act,
 * both in one statement ({@link TenantSession#bindAudited}).
 */
@ApplicationScoped
public class PlatformScope {

  @Inject TenantSession session;
  @Inject Caller caller;
  @Inject Clock clock;

  /** Runs {@code work} inside the caller's transaction as {@code tenant}, audited as {@code act}. */
  public <T> T runAs(TenantId tenant, String act, Supplier<T> work) {
    session.bindAudited(tenant, clock.instant(), caller.name(), "platform." + act);
    return work.get();
  }
}
