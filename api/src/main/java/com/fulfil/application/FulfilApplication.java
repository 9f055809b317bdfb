package com.fulfil.application;

import com.fulfil.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api}. {@code @ApplicationScoped} works around Payara FISH-7558
 * (JsonWebToken unsatisfied otherwise).
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION,
  Role.OPERATOR, Role.SUPERVISOR, Role.STOREKEEPER, Role.PICKER, Role.PACKER,
  Role.DISPATCHER, Role.COURIER, Role.FINANCE, Role.PLATFORM_ADMIN
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Fulfilment platform API",
            version = "1",
            description =
                "Multi-tenant fulfilment: the tenant is taken from the bearer token only. Errors are"
                    + " RFC 9457 problem+json; POST honours Idempotency-Key; lists are cursor-paged."))
public class FulfilApplication extends Application {}
