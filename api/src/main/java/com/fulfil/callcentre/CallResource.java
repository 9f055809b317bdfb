package com.fulfil.callcentre;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * {@code /api/v1/ops/calls}: the operator's console. Operators (role {@code operator}) carry no
 * shop; they take calls of every shop, one at a time, and record what came of each. Shop users get
 * 403. Errors are problem+json naming the field.
 */
@Path("v1/ops/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OPERATOR)
public class CallResource {

  @Inject CallService calls;

  /**
   * Claims the most urgent callable call of any shop for the caller: 200 with a {@link CallView}
   * (script, order, stock per line, previous attempts, claim expiry), or 204 when nothing is
   * callable now. Asking again while holding a live claim returns the same call; a claim with no
   * outcome lapses after the lease (default 10 minutes) and the call goes back to the queue. No
   * body.
   */
  @POST
  @Path("next")
  @Consumes(MediaType.WILDCARD)
  public Response next() {
    return calls.next().map(v -> Response.ok(v).build()).orElseGet(() -> Response.noContent().build());
  }

  /**
   * Records the outcome of the call {@code taskId} the caller holds (body: {@link
   * CallOutcomeRequest}): 200 with a {@link CallOutcomeView}. CONFIRMED confirms the order with the
   * buyer's edits; CANCELLED cancels it with the reason; UNREACHABLE schedules the next try (+15 min,
   * +1 h, +3 h, next day, inside the buyer's calling window) and after the fifth puts the order on
   * UNREACHABLE_HOLD and tells the shop; CALL_BACK queues the call at {@code callBackAt}. 400 naming
   * the field for bad input; 409 naming {@code taskId} when the caller does not hold the call, or
   * {@code status} when the order can no longer move that way. Nothing is stored on error.
   */
  @POST
  @Path("{taskId}/outcome")
  public CallOutcomeView outcome(@PathParam("taskId") String taskId, CallOutcomeRequest request) {
    UUID id = uuid(taskId);
    return calls.record(id, ProblemException.requireBody(request));
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Call task " + id);
    }
  }
}
