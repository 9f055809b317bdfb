package com.fulfil.tenancy;

import com.fulfil.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs inside the {@code @Transactional} interceptor (priority 200 + 100) so that the binding
 * lands in the same transaction as the service method's queries.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class TenantBoundInterceptor {

  @Inject Caller caller;
  @Inject TenantSession session;

  @AroundInvoke
  public Object bindCallerTenant(InvocationContext ctx) throws Exception {
    session.bind(caller.requireTenant());
    return ctx.proceed();
  }
}
