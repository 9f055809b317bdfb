package com.fulfil.tenant;

import com.fulfil.tenancy.TenantService;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.web.ProblemException;
import jakarta.inject.Inject;

/** A shop's read of its own settings; the shop is the caller's, from the token. */
@TenantService
public class TenantSettings {

  @Inject TenantRepository tenants;
  @Inject TenantSession session;

  public TenantView own() {
    String id = session.require().value();
    return tenants.find(id).map(TenantView::of).orElseThrow(() -> ProblemException.notFound("Tenant " + id));
  }

  /** The shop's currency: prices and money of this shop are in it. */
  public String currency() {
    return own().currency();
  }
}
