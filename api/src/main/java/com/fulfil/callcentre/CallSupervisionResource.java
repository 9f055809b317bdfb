package com.fulfil.callcentre;

import com.fulfil.security.Role;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/ops/callcentre}: call-centre quality for supervisors (role {@code supervisor}):
 * per-shop call scripts, the calls made and their audits, KPIs. The shop is named in the path
 * ({@code {tenant}}: its id, e.g. {@code alfa}); an unknown shop is 404, a malformed id 400.
 * Operators may read scripts and an order's calls. Shop users get 403.
 */
@Path("v1/ops/callcentre")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SUPERVISOR)
public class CallSupervisionResource {

  @Inject CallSupervisionService supervision;

  /** The shop's current script ({@link CallScriptView}; version 0 and empty texts when it has none). */
  @GET
  @Path("tenants/{tenant}/script")
  @RolesAllowed({Role.SUPERVISOR, Role.OPERATOR})
  public CallScriptView script(@PathParam("tenant") String tenant) {
    return supervision.script(tenant);
  }

  /** Saves a new version of the shop's script ({@link CallScriptRequest}): 200 with the new version. */
  @PUT
  @Path("tenants/{tenant}/script")
  public CallScriptView saveScript(@PathParam("tenant") String tenant, CallScriptRequest request) {
    return supervision.saveScript(tenant, ProblemException.requireBody(request));
  }

  /**
   * The shop's calls started in [{@code from}, {@code to}) (ISO instants, at most 93 days),
   * oldest first, cursor-paged ({@code cursor}, {@code limit} ≤ 200): {@code {"items":
   * [CallAttemptView...], "nextCursor": ...}}. What a supervisor picks calls to audit from.
   */
  @GET
  @Path("tenants/{tenant}/attempts")
  public Page<CallAttemptView> attempts(
      @PathParam("tenant") String tenant, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return supervision.attempts(tenant, from, to, PageRequest.of(cursor, limit));
  }

  /** Scores one call ({@link CallAuditRequest}): 201 with the {@link CallAuditView}; 409 if it was audited already. */
  @POST
  @Path("tenants/{tenant}/attempts/{attemptId}/audit")
  public Response audit(
      @PathParam("tenant") String tenant, @PathParam("attemptId") String attemptId, CallAuditRequest request) {
    CallAuditView view = supervision.audit(tenant, CallResource.uuid(attemptId), ProblemException.requireBody(request));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  /** The audit of one call, 404 if it has none. */
  @GET
  @Path("tenants/{tenant}/attempts/{attemptId}/audit")
  public CallAuditView auditOf(@PathParam("tenant") String tenant, @PathParam("attemptId") String attemptId) {
    return supervision.auditOf(tenant, CallResource.uuid(attemptId));
  }

  /** Every call task and attempt of one order of the shop ({@link OrderCallsView}). */
  @GET
  @Path("tenants/{tenant}/orders/{orderId}/calls")
  @RolesAllowed({Role.SUPERVISOR, Role.OPERATOR})
  public OrderCallsView calls(@PathParam("tenant") String tenant, @PathParam("orderId") String orderId) {
    return supervision.calls(tenant, CallResource.uuid(orderId));
  }

  /**
   * Calls an order on UNREACHABLE_HOLD again: body {@code {"reason": "buyer called back"}} or
   * {@code {}} (the reason is optional, at most 500 characters). 200 with the order's calls ({@link OrderCallsView}), now
   * with a new OPEN confirmation task; 409 naming {@code status} when the order is not on hold.
   */
  @POST
  @Path("tenants/{tenant}/orders/{orderId}/calls/resumption")
  @RolesAllowed({Role.SUPERVISOR, Role.OPERATOR})
  public OrderCallsView resume(
      @PathParam("tenant") String tenant, @PathParam("orderId") String orderId, ResumeCallsRequest request) {
    return supervision.resumeCalls(tenant, CallResource.uuid(orderId), request == null ? null : request.reason());
  }

  /** Body of {@link #resume}: why the order is called again. */
  public record ResumeCallsRequest(String reason) {}

  /**
   * KPIs ({@link CallKpiView}) of the orders received in [{@code from}, {@code to}) (ISO instants,
   * required, at most 93 days apart), per shop and per operator; {@code tenant} limits them to one
   * shop (operators' figures then cover that shop's orders only).
   */
  @GET
  @Path("kpis")
  public CallKpiView kpis(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("tenant") String tenant) {
    return supervision.kpis(from, to, tenant == null || tenant.isBlank() ? null : tenant.trim());
  }
}
