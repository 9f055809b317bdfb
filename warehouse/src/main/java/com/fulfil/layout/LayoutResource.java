package com.fulfil.layout;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/v1/ops/warehouse}: the warehouse layout. The platform administrator creates zones
 * and bins (one by one, or by CSV import); the warehouse staff read them.
 */
@Path("v1/ops/warehouse")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN)
public class LayoutResource {

  @Inject LayoutService layout;
  @Context UriInfo uri;

  /** {@link ZoneRequest} → 201 {@link ZoneView}; 409 naming {@code code} if taken. */
  @POST
  @Path("zones")
  public Response createZone(ZoneRequest request) {
    ZoneView view = layout.createZone(ProblemException.requireBody(request));
    return Response.status(201).entity(view).build();
  }

  /** Every zone, by code: {@code [ZoneView, ...]}. */
  @GET
  @Path("zones")
  @RolesAllowed({Role.PLATFORM_ADMIN, Role.STOREKEEPER, Role.PICKER, Role.PACKER, Role.DISPATCHER})
  public List<ZoneView> zones() {
    return layout.zones();
  }

  /**
   * {@link BinRequest} → 201 {@link BinView} with its Location; 400 naming the field (an unknown
   * {@code zone} too); 409 naming {@code barcode} or {@code position} if taken.
   */
  @POST
  @Path("bins")
  public Response createBin(BinRequest request) {
    BinView view = layout.createBin(ProblemException.requireBody(request));
    return Response.created(uri.getBaseUriBuilder().path("v1/ops/warehouse/bins").path(view.barcode()).build())
        .entity(view)
        .build();
  }

  /**
   * Bins in walking order ({@code {"items": [BinView, ...], "nextCursor": ...}}), optionally of one
   * {@code zone} (code) and {@code aisle}; cursor-paged.
   */
  @GET
  @Path("bins")
  @RolesAllowed({Role.PLATFORM_ADMIN, Role.STOREKEEPER, Role.PICKER, Role.PACKER, Role.DISPATCHER})
  public Page<BinView> bins(
      @QueryParam("zone") String zone,
      @QueryParam("aisle") String aisle,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    return layout.list(zone, aisle, PageRequest.of(cursor, limit));
  }

  /** The bin with this barcode, as a scanner reads it: {@link BinView}, or 404. */
  @GET
  @Path("bins/{barcode}")
  @RolesAllowed({Role.PLATFORM_ADMIN, Role.STOREKEEPER, Role.PICKER, Role.PACKER, Role.DISPATCHER})
  public BinView bin(@PathParam("barcode") String barcode) {
    return layout.bin(barcode);
  }

  /**
   * Bins from a CSV file, created or updated by barcode, all or nothing: 200 {@code {"imported":
   * 3, "created": 2, "updated": 1}}, or 422 with every error by line and column and nothing stored.
   * Header (any order): {@code zone,aisle,rack,shelf,position,barcode,sequence}; zones must exist.
   *
   * <pre>
   * zone,aisle,rack,shelf,position,barcode,sequence
   * A,01,01,1,A,BIN-A-01-01-1-A,10
   * A,01,01,2,A,BIN-A-01-01-2-A,11
   * </pre>
   */
  @POST
  @Path("bins/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public LayoutService.ImportResult importCsv(String csv) {
    return layout.importCsv(csv == null ? "" : csv);
  }
}
