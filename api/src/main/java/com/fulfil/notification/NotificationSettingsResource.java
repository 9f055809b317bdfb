package com.fulfil.notification;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/notification-settings}: the language buyers are written to ({@code auto} by the
 * buyer's country, or fixed {@code ru}/{@code en}), the language of emails to the shop, and the
 * shop's contact email for orders on hold.
 */
@Path("v1/notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SHOP_ADMIN)
public class NotificationSettingsResource {

  @Inject SettingsService settings;

  @GET
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER})
  public SettingsView get() {
    return settings.get();
  }

  @PUT
  public SettingsView put(SettingsRequest request) {
    return settings.put(ProblemException.requireBody(request));
  }
}
