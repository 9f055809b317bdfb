package com.fulfil.picking;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/ops/picking/cutoffs}: the carrier cut-off per delivery method that orders waves. */
@Path("v1/ops/picking/cutoffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STOREKEEPER, Role.PLATFORM_ADMIN})
public class CutoffResource {

  @Inject WaveService waves;

  /** {@code [CutoffView, ...]}, earliest first. */
  @GET
  public List<CutoffView> cutoffs() {
    return waves.cutoffs();
  }

  /** {@link CutoffRequest} → {@link CutoffView}; 400 naming {@code deliveryMethod} or {@code cutoff}. */
  @PUT
  @Path("{method}")
  public CutoffView putCutoff(@PathParam("method") String method, CutoffRequest request) {
    return waves.putCutoff(method, ProblemException.requireBody(request));
  }
}
