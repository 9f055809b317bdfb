package com.fulfil.notification;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /api/v1/notification-templates}: what buyers (and the shop itself) are told at each
 * moment, per language ({@code ru}, {@code en}). Moments: {@code order-received}, {@code
 * order-confirmed}, {@code order-cancelled}, {@code buyer-unreachable}, {@code order-shipped},
 * {@code out-for-delivery}, {@code order-delivered} (to the buyer) and {@code shop-order-held} (to
 * the shop's contact email). Placeholders: {@code {{orderNumber}} {{orderId}} {{buyerName}}
 * {{shopName}} {{status}} {{codAmount}} {{deliveryDate}} {{deliverySlot}} {{reason}}}; any other
 * is refused with 400 naming the field. The shop administrator edits; every shop role reads.
 */
@Path("v1/notification-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SHOP_ADMIN)
public class NotificationTemplateResource {

  @Inject TemplateService templates;

  @GET
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER})
  public List<TemplateView> list() {
    return templates.list();
  }

  @GET
  @Path("{moment}/{language}")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER})
  public TemplateView get(@PathParam("moment") String moment, @PathParam("language") String language) {
    return templates.get(moment, language);
  }

  /** {@code {"emailSubject": ..., "emailBody": ..., "smsText": ...}}; a cleared part is not sent. */
  @PUT
  @Path("{moment}/{language}")
  public TemplateView put(
      @PathParam("moment") String moment, @PathParam("language") String language, TemplateRequest request) {
    return templates.put(moment, language, ProblemException.requireBody(request));
  }

  /** Back to the shipped default; answers with it. */
  @DELETE
  @Path("{moment}/{language}")
  public TemplateView reset(@PathParam("moment") String moment, @PathParam("language") String language) {
    return templates.reset(moment, language);
  }
}
