package com.fulfil.tenancy;

import com.fulfil.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;

/**
 * Runs inside the {@code @Transactional} interceptor (priority 200 + 100) so that the binding
 * lands in the same transaction as the service method's queries.
 *
 * <p>A transaction that already has a tenant (bound by an outer tenant service, or by staff
 * through the audited {@link PlatformScope#runAs}) keeps it: that is how the call-centre's
 * operator, who carries no tenant, confirms a shop's order through the order's own service. A shop
 * caller whose token names another tenant than the bound one is still refused ({@link
 * TenantSession#bind} fails), and a transaction with no tenant yet takes the caller's or none.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class TenantBoundInterceptor {

  @Inject Caller caller;
  @Inject TenantSession session;

  @AroundInvoke
  public Object bindCallerTenant(InvocationContext ctx) throws Exception {
    Optional<TenantId> bound = session.current();
    if (bound.isEmpty()) {
      session.bind(caller.requireTenant());
    } else {
      caller.tenant().ifPresent(session::bind); // same tenant: no-op; another: refused
    }
    return ctx.proceed();
  }
}
