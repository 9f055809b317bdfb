package com.fulfil.picking;

import com.fulfil.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/ops/picking/pickers}: pickers' accuracy and speed, and the scan rows behind them. */
@Path("v1/ops/picking/pickers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR, Role.STOREKEEPER, Role.PLATFORM_ADMIN})
public class PickerFiguresResource {

  @Inject PickSupervision supervision;

  /** {@code ?from&to&picker} → {@link PickerFiguresView}: accuracy and picks per hour per picker. */
  @GET
  @Path("performance")
  public PickerFiguresView performance(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("picker") String picker) {
    return supervision.figures(from, to, picker);
  }

  /** {@code ?picker&from&to} → {@code [PickScanView, ...]}: the scan rows behind the figures. */
  @GET
  @Path("scans")
  public List<PickScanView> scans(@QueryParam("picker") String picker, @QueryParam("from") String from, @QueryParam("to") String to) {
    return supervision.scans(picker, from, to);
  }
}
