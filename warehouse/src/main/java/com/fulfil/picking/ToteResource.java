package com.fulfil.picking;

import com.fulfil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/ops/picking/totes/{tote}}: what a tote holds once its order is picked (packing scans it). */
@Path("v1/ops/picking/totes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PACKER, Role.STOREKEEPER, Role.PICKER})
public class ToteResource {

  @Inject PickingService picking;

  /** The picked order in a tote, for the packing station: {@link PickedToteView}; 404 when none. */
  @GET
  @Path("{tote}")
  public PickedToteView tote(@PathParam("tote") String tote) {
    return picking.pickedTote(tote);
  }
}
