package com.fulfil.count;

import com.fulfil.security.Role;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * {@code /api/v1/stock-counts}: the calling shop's cycle counts, with books, counted and variance
 * per line, decisions and who made them. Another shop's count answers 404.
 */
@Path("v1/stock-counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
public class CountResource {

  @Inject CountReports counts;

  /** Newest first: {@code {"items": [CountReportView, ...], "nextCursor": ...}}. */
  @GET
  public Page<CountReportView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return counts.list(PageRequest.of(cursor, limit));
  }

  @GET
  @Path("{id}")
  public CountReportView get(@PathParam("id") String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Count " + id);
    }
    return counts.get(uuid);
  }
}
