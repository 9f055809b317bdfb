package com.fulfil.picking;

import com.fulfil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/ops/picking/backlog}: the shops whose orders wait for a wave, for the storekeeper's wave page. */
@Path("v1/ops/picking/backlog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STOREKEEPER, Role.PLATFORM_ADMIN})
public class BacklogResource {

  @Inject WaveService waves;

  @GET
  public List<BacklogView> backlog() {
    return waves.backlog();
  }
}
