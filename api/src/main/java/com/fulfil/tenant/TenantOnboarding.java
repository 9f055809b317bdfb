package com.fulfil.tenant;

import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The platform administrator's use cases on shops. Each change is audited in the shop's scope. */
@ApplicationScoped
@Transactional
public class TenantOnboarding {

  @Inject TenantRepository tenants;
  @Inject PlatformScope platform;
  @Inject Clock clock;

  public TenantView onboard(TenantRequest request) {
    reject(request.violations(true));
    if (tenants.find(request.id()).isPresent()) {
      throw ProblemException.conflict("id", "a tenant with this id already exists");
    }
    Tenant tenant = Tenant.onboard(request, clock.instant());
    tenants.add(tenant);
    TenantView view = TenantView.of(tenant);
    platform.runAs(new TenantId(request.id()), "tenant.onboarded", () -> view);
    return view;
  }

  public TenantView amend(String id, TenantRequest request) {
    Tenant tenant = tenants.find(id).orElseThrow(() -> ProblemException.notFound("Tenant " + id));
    reject(request.violations(false));
    if (!tenant.currency().equals(request.currency())) {
      throw ProblemException.conflict(
          "currency", "cannot change: the shop's prices and balances are in " + tenant.currency());
    }
    TenantView before = TenantView.of(tenant);
    tenant.amend(request, clock.instant());
    tenants.add(tenant);
    TenantView after = TenantView.of(tenant);
    platform.runAs(new TenantId(id), "tenant.amended", () -> after);
    return after;
  }

  public TenantView find(String id) {
    return tenants.find(id).map(TenantView::of).orElseThrow(() -> ProblemException.notFound("Tenant " + id));
  }

  public Page<TenantView> listAcrossTenants(PageRequest page) {
    List<Tenant> rows = tenants.listAcrossTenants(page.after(), page.fetchSize());
    return page.page(rows, Tenant::id, TenantView::of);
  }

  private static void reject(List<com.fulfil.web.Violation> violations) {
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
  }
}
