package com.fulfil.inbound;

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
import java.util.UUID;

/**
 * {@code /api/v1/inbound-shipments}: the calling shop's announced inbound shipments (ASN), with
 * what the dock counted and the discrepancies. Another shop's shipment answers 404.
 */
@Path("v1/inbound-shipments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_INTEGRATION})
public class InboundResource {

  @Inject InboundService inbound;
  @Context UriInfo uri;

  /** {@link InboundRequest} → 201 {@link InboundShipmentView} with its Location; 400 naming the field; 409 naming {@code reference}. */
  @POST
  public Response announce(InboundRequest request) {
    InboundShipmentView view = inbound.announce(ProblemException.requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
  }

  /** Newest first, optionally of one {@code status}: {@code {"items": [InboundShipmentView, ...], "nextCursor": ...}}. */
  @GET
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public Page<InboundShipmentView> list(
      @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return inbound.list(status, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public InboundShipmentView get(@PathParam("id") String id) {
    return inbound.get(uuid(id));
  }

  /** Withdraws the announcement (no body): only while ANNOUNCED, else 409 naming {@code status}. */
  @POST
  @Path("{id}/cancellation")
  public InboundShipmentView cancel(@PathParam("id") String id) {
    return inbound.cancel(uuid(id));
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Inbound shipment " + id);
    }
  }
}
