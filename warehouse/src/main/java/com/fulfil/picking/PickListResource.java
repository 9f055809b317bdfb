package com.fulfil.picking;

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

/**
 * {@code /api/v1/ops/picking/lists}: the picker's scanner. Claim the next list, then per pick: scan the
 * bin, scan the item, confirm the quantity. Scanners should send an {@code Idempotency-Key} with
 * every POST so that a repeated scan after a lost answer is not applied twice.
 */
@Path("v1/ops/picking/lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PICKER)
public class PickListResource {

  @Inject PickingService picking;
  @Inject WaveService waves;

  /** {@link ClaimRequest} (optional) → 200 {@link PickListView}, or 204 when no list waits. */
  @POST
  @Path("next")
  public Response claim(ClaimRequest request) {
    return picking.claim(request).map(v -> Response.ok(v).build()).orElseGet(() -> Response.noContent().build());
  }

  /** The caller's list: {@link PickListView}; 404 for a list the caller does not hold. */
  @GET
  @Path("{id}")
  public PickListView list(@PathParam("id") String id) {
    return picking.list(id);
  }

  /**
   * The storekeeper takes back a released list no picker has started: {@link
   * ListCancellationRequest} → 200 {@link CancelledListView}; 400 naming the field; 404 for another
   * shop's list; 409 naming {@code status} once claimed or picked.
   */
  @POST
  @Path("{id}/cancellation")
  @RolesAllowed({Role.STOREKEEPER, Role.PLATFORM_ADMIN})
  public CancelledListView cancel(@PathParam("id") String id, ListCancellationRequest request) {
    return waves.cancelList(id, request);
  }

  /** {@link PickScanRequest} → {@link PickListView}; 422 wrong-bin naming {@code barcode}. */
  @POST
  @Path("{id}/bin-scans")
  public PickListView scanBin(@PathParam("id") String id, PickScanRequest request) {
    return picking.scanBin(id, request);
  }

  /** {@link PickScanRequest} → {@link PickListView}; 422 wrong-item naming {@code barcode}; 409 before the bin. */
  @POST
  @Path("{id}/item-scans")
  public PickListView scanItem(@PathParam("id") String id, PickScanRequest request) {
    return picking.scanItem(id, request);
  }

  /** {@link PickConfirmationRequest} → {@link PickListView}; 400/422 naming {@code qty}. */
  @POST
  @Path("{id}/confirmations")
  public PickListView confirm(@PathParam("id") String id, PickConfirmationRequest request) {
    return picking.confirm(id, ProblemException.requireBody(request));
  }
}
