package com.fulfil.picking;

import com.fulfil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/ops/picking/exceptions}: short picks of a shop, for the storekeeper to resolve. */
@Path("v1/ops/picking/exceptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STOREKEEPER, Role.PLATFORM_ADMIN})
public class PickExceptionResource {

  @Inject PickSupervision supervision;

  /** {@code ?tenant=alfa[&all=true]} → {@code [PickExceptionView, ...]}: open short picks, oldest first. */
  @GET
  public List<PickExceptionView> exceptions(@QueryParam("tenant") String tenant, @QueryParam("all") boolean all) {
    return supervision.exceptions(tenant, all);
  }

  /** {@link ResolutionRequest} → {@link PickExceptionView}; 404 for another shop's id; 409 if resolved. */
  @POST
  @Path("{id}/resolution")
  public PickExceptionView resolve(@PathParam("id") String id, ResolutionRequest request) {
    return supervision.resolve(id, request);
  }
}
