package com.fulfil.stock;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /api/v1/ops/stock}: the storekeeper's adjustments, relocations (damage to quarantine) and the books check. */
@Path("v1/ops/stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STOREKEEPER)
public class StockOpsResource {

  @Inject StockKeeping keeping;

  /** {@link AdjustmentRequest} → 201 {@link MovementView}; 400 naming the field; 409 naming {@code qty}. */
  @POST
  @Path("adjustments")
  public Response adjust(AdjustmentRequest request) {
    return Response.status(201).entity(keeping.adjust(ProblemException.requireBody(request))).build();
  }

  /**
   * {@link RelocationRequest} → 201 {@link MovementView} (reason RELOCATION): damaged goods to the
   * quarantine bin, goods found on the wrong shelf; 400 naming the field; 409 naming {@code qty}.
   */
  @POST
  @Path("relocations")
  public Response relocate(RelocationRequest request) {
    return Response.status(201).entity(keeping.relocate(ProblemException.requireBody(request))).build();
  }

  /**
   * {@code ?tenant=alfa} → {@code [{"sku", "lot", "bin", "onHand", "reserved", "since"}]}: the shop's
   * balances in doubt after short picks, longest first: the bins to count (a count that closes, or
   * whose variance is approved, trusts them again). 400 naming {@code tenant}.
   */
  @GET
  @Path("in-doubt")
  @RolesAllowed({Role.STOREKEEPER, Role.SUPERVISOR, Role.PLATFORM_ADMIN})
  public List<StockService.DoubtView> inDoubt(@QueryParam("tenant") String tenant) {
    return keeping.inDoubt(tenant);
  }

  /**
   * {@code ?tenant=alfa} → {@code {"tenant": "alfa", "agrees": true, "discrepancies": []}}: every
   * balance of the shop compared with the sum of its movements.
   */
  @GET
  @Path("check")
  @RolesAllowed({Role.STOREKEEPER, Role.PLATFORM_ADMIN, Role.FINANCE})
  public StockKeeping.CheckView check(@QueryParam("tenant") String tenant) {
    return keeping.check(tenant);
  }
}
