package com.fulfil.handover;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/ops/manifests}: handover at the dock. Open a carrier's manifest, scan parcels onto
 * it, close it when the carrier takes them: the parcels' orders become HANDED_TO_CARRIER.
 */
@Path("v1/ops/manifests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DISPATCHER)
public class ManifestResource {

  @Inject HandoverService handover;
  @Inject ManifestClosing closing;

  /** {@link ManifestRequest} → 201 {@link ManifestView}; 422/409 naming {@code carrier}. */
  @POST
  public Response open(ManifestRequest request) {
    return Response.status(201).entity(handover.open(request)).build();
  }

  /** Manifests newest first, at most 100; {@code status} OPEN or CLOSED. */
  @GET
  public List<ManifestView> list(@QueryParam("status") String status) {
    return handover.list(status);
  }

  /** By id or by code. */
  @GET
  @Path("{id}")
  public ManifestView get(@PathParam("id") String id) {
    return handover.get(id);
  }

  /** {@link ParcelScanRequest} → {@link ManifestView}; 422 unknown-parcel / wrong-carrier, 409 naming {@code barcode}. */
  @POST
  @Path("{id}/parcel-scans")
  public ManifestView scan(@PathParam("id") String id, ParcelScanRequest request) {
    return handover.scan(id, ProblemException.requireBody(request));
  }

  /** Takes the parcel off the open manifest. */
  @DELETE
  @Path("{id}/parcels/{number}")
  public ManifestView takeOff(@PathParam("id") String id, @PathParam("number") String number) {
    return handover.takeOff(id, number);
  }

  /** Closes it: every parcel handed over, every order HANDED_TO_CARRIER; 409 naming {@code parcels} or {@code status}. */
  @POST
  @Path("{id}/closing")
  public ManifestView close(@PathParam("id") String id) {
    return closing.close(id);
  }
}
