package com.fulfil.tenant;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/** {@code /api/v1/ops/tenants}: onboarding and settings of shops, for the platform administrator. */
@Path("v1/ops/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN)
public class TenantOpsResource {

  @Inject TenantOnboarding onboarding;
  @Context UriInfo uri;

  @POST
  public Response onboard(TenantRequest request) {
    TenantView view = onboarding.onboard(ProblemException.requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
  }

  @GET
  public Page<TenantView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return onboarding.listAcrossTenants(PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  public TenantView get(@PathParam("id") String id) {
    return onboarding.find(id);
  }

  @PUT
  @Path("{id}")
  public TenantView amend(@PathParam("id") String id, TenantRequest request) {
    return onboarding.amend(id, ProblemException.requireBody(request));
  }
}
