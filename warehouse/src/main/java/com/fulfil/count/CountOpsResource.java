package com.fulfil.count;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/ops/counts}: cycle counts for warehouse staff. {@code code} is the count sheet's
 * scanned code ({@code CNT.alfa.7K3M9Q2XAB}); it names the shop, so each call acts for that shop
 * only (audited). Counters (storekeepers) see bins only, never the books: the figures are for the
 * supervisor or platform admin who decides, who must be someone who did not count.
 */
@Path("v1/ops/counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STOREKEEPER, Role.SUPERVISOR, Role.PLATFORM_ADMIN})
public class CountOpsResource {

  @Inject CountService counts;

  /** {@link CountRequest} → 201 {@link CountView}; 400 naming {@code tenant}, {@code bins[i]} or {@code note}. */
  @POST
  public Response create(CountRequest request) {
    return Response.status(201).entity(counts.create(ProblemException.requireBody(request))).build();
  }

  /** Open counts of every shop, oldest first: {@code [OpenCountView, ...]}. */
  @GET
  public List<OpenCountView> open() {
    return counts.openAcrossTenants();
  }

  /** The count, blind: {@link CountView}; 404 for an unknown code. */
  @GET
  @Path("{code}")
  public CountView count(@PathParam("code") String code) {
    return counts.count(code);
  }

  /** One bin's tally, by a counter: {@link TallyRequest} → {@link CountView} (blind). */
  @POST
  @Path("{code}/tallies")
  @RolesAllowed(Role.STOREKEEPER)
  public CountView tally(@PathParam("code") String code, TallyRequest request) {
    return counts.tally(code, ProblemException.requireBody(request));
  }

  /** Books, counted and variance per line: {@link CountReportView}; not for counters. */
  @GET
  @Path("{code}/variances")
  @RolesAllowed({Role.SUPERVISOR, Role.PLATFORM_ADMIN})
  public CountReportView variances(@PathParam("code") String code) {
    return counts.report(code);
  }

  /** {@link DecisionRequest} → {@link CountReportView} with the adjustments posted; 403 naming {@code approver} for a counter. */
  @POST
  @Path("{code}/approval")
  @RolesAllowed({Role.SUPERVISOR, Role.PLATFORM_ADMIN})
  public CountReportView approve(@PathParam("code") String code, DecisionRequest request) {
    return counts.approve(code, request == null ? new DecisionRequest(null) : request);
  }

  /** {@link DecisionRequest} (note required) → {@link CountReportView}, a new round to count. */
  @POST
  @Path("{code}/rejection")
  @RolesAllowed({Role.SUPERVISOR, Role.PLATFORM_ADMIN})
  public CountReportView reject(@PathParam("code") String code, DecisionRequest request) {
    return counts.reject(code, ProblemException.requireBody(request));
  }
}
