package com.fulfil.picking;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/v1/ops/picking/waves}: storekeepers release a shop's allocated orders for picking. */
@Path("v1/ops/picking/waves")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STOREKEEPER, Role.PLATFORM_ADMIN})
public class WaveResource {

  @Inject WaveService waves;

  /** {@link WaveRequest} → 201 {@link WaveView}; 400 naming the field; 409/422 naming {@code orderIds}. */
  @POST
  public Response release(WaveRequest request) {
    return Response.status(201).entity(waves.release(ProblemException.requireBody(request))).build();
  }
}
