package com.fulfil.fulfilment;

import com.fulfil.order.OrderService;
import com.fulfil.security.Role;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Test-only door, deployed by {@link AllocationIT} and StockPortalIT alone: an operator confirms a shop's order the
 * way the call-centre does (PlatformScope.runAs + the real OrderService.confirm), over HTTP, so that
 * concurrent confirmations are concurrent requests. The call-centre's own endpoint lives on another
 * branch; once merged, the tests can use it instead.
 */
@Path("test/orders/{tenant}/{id}/confirmation")
@RequestScoped
@RolesAllowed(Role.OPERATOR)
public class ConfirmationProbe {

  @Inject PlatformScope platform;
  @Inject OrderService orders;

  @POST
  @Transactional
  public Response confirm(@PathParam("tenant") String tenant, @PathParam("id") String id) {
    platform.runAs(new TenantId(tenant), "test.order-confirmed", () -> orders.confirm(UUID.fromString(id), null, "buyer confirmed (test)"));
    return Response.noContent().build();
  }
}
