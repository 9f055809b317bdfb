package com.fulfil.packing;

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
 * {@code /api/v1/ops/packing}: the packing station's scanner. Scan a tote to open its order's
 * parcel, scan every unit in, close with box and weight, print the label.
 */
@Path("v1/ops/packing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PACKER)
public class PackingResource {

  @Inject PackingService packing;

  /** The box sizes at the stations: {@link BoxView}s, lightest limit first. */
  @GET
  @Path("boxes")
  public List<BoxView> boxes() {
    return packing.boxes();
  }

  /** {@link ToteRequest} → 201 {@link ParcelView} (new) or 200 (the order's open parcel); 404/409 naming {@code tote}. */
  @POST
  @Path("parcels")
  public Response open(ToteRequest request) {
    PackingService.Opened opened = packing.open(request);
    return Response.status(opened.created() ? 201 : 200).entity(opened.parcel()).build();
  }

  @GET
  @Path("parcels/{id}")
  public ParcelView parcel(@PathParam("id") String id) {
    return packing.parcel(id);
  }

  /** {@link BarcodeRequest} → {@link ParcelView} with {@code lastScan.result} OK or EXTRA. */
  @POST
  @Path("parcels/{id}/item-scans")
  public ParcelView scan(@PathParam("id") String id, BarcodeRequest request) {
    return packing.scan(id, ProblemException.requireBody(request));
  }

  /** {@link BarcodeRequest} → {@link ParcelView}; 422 naming {@code barcode} when no such unit is in it. */
  @POST
  @Path("parcels/{id}/item-removals")
  public ParcelView remove(@PathParam("id") String id, BarcodeRequest request) {
    return packing.remove(id, ProblemException.requireBody(request));
  }

  /** {@link ClosingRequest} → {@link ParcelView} PACKED; 409 parcel-incomplete naming {@code items}. */
  @POST
  @Path("parcels/{id}/closing")
  public ParcelView close(@PathParam("id") String id, ClosingRequest request) {
    return packing.close(id, ProblemException.requireBody(request));
  }

  /** The label's data, {@link LabelView}; 409 naming {@code status} while open. */
  @GET
  @Path("parcels/{id}/label")
  public LabelView label(@PathParam("id") String id) {
    return packing.label(id);
  }
}
