package com.fulfil.catalogue;

import com.fulfil.security.Role;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** {@code /api/v1/catalogue/skus}: the calling shop's SKUs. */
@Path("v1/catalogue/skus")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_INTEGRATION})
public class CatalogueResource {

  @Inject CatalogueService catalogue;
  @Context UriInfo uri;

  @POST
  public Response create(SkuRequest request) {
    SkuView view = catalogue.create(ProblemException.requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
  }

  @GET
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public Page<SkuView> list(
      @QueryParam("q") String q, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return catalogue.list(q, PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public SkuView get(@PathParam("id") String id) {
    return catalogue.get(uuid(id));
  }

  @PUT
  @Path("{id}")
  public SkuView update(@PathParam("id") String id, SkuRequest request) {
    return catalogue.update(uuid(id), ProblemException.requireBody(request));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    catalogue.delete(uuid(id));
    return Response.noContent().build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public CatalogueService.ImportResult importCsv(String csv) {
    return catalogue.importCsv(csv == null ? "" : csv);
  }

  /** An id that is not a UUID names no SKU of anybody: 404, like any unknown id. */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("SKU " + id);
    }
  }
}
