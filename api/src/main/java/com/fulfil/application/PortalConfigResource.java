package com.fulfil.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the portal signs in: public, because the portal needs it before it has a token. */
@Path("v1/portal/config")
@RequestScoped
@PermitAll
public class PortalConfigResource {

  public record PortalConfigView(String keycloakUrl, String realm, String clientId) {}

  @Inject
  @ConfigProperty(name = "fulfil.kc.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "fulfil.kc.realm")
  String realm;

  @Inject
  @ConfigProperty(name = "fulfil.portal.client-id")
  String clientId;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public PortalConfigView config() {
    return new PortalConfigView(keycloakUrl, realm, clientId);
  }
}
