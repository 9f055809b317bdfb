package com.fulfil.tenant;

import com.fulfil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/tenant}: the calling shop's own settings. */
@Path("v1/tenant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
public class TenantResource {

  @Inject TenantSettings settings;

  @GET
  public TenantView own() {
    return settings.own();
  }
}
