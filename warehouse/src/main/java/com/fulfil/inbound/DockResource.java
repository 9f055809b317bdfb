package com.fulfil.inbound;

import com.fulfil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/ops/inbound}: the dock's list for the scanner, every shop's shipments that are
 * expected or still have units at the dock ({@code [DockShipmentView, ...]}, by expected date).
 * Each shipment is then opened by its code ({@link ReceivingResource}).
 */
@Path("v1/ops/inbound")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STOREKEEPER)
public class DockResource {

  @Inject Receiving receiving;

  @GET
  public List<DockShipmentView> dock() {
    return receiving.dockAcrossTenants();
  }
}
