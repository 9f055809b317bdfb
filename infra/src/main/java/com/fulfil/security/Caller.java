package com.fulfil.security;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified caller of the current request, as MicroProfile JWT presents it: the token the
 * container verified and made the caller's principal. It is read from the security context rather
 * than injected as a {@code JsonWebToken}: Payara's producer for that bean first looks the security
 * context up in JNDI, which fails and throws on every request (about 3 % of the server's CPU per
 * request in the next-call benchmark), and then does the same.
 */
@RequestScoped
public class Caller {

  static final String TENANT_CLAIM = "tenant_id";

  @Inject SecurityContext security;

  private JsonWebToken jwt;
  private boolean resolved;

  /** The request's verified token; null for a request without one. */
  private JsonWebToken jwt() {
    if (!resolved) {
      jwt = security.getPrincipalsByType(JsonWebToken.class).stream().findFirst().orElse(null);
      resolved = true;
    }
    return jwt;
  }

  /** The caller's shop, from the token's {@code tenant_id} claim; empty for platform staff. */
  public Optional<TenantId> tenant() {
    JsonWebToken jwt = jwt();
    if (jwt == null || jwt.getRawToken() == null) {
      return Optional.empty();
    }
    Object claim = jwt.getClaim(TENANT_CLAIM);
    String value = claim == null ? null : claim.toString().replace("\"", "");
    return TenantId.isValid(value) ? Optional.of(new TenantId(value)) : Optional.empty();
  }

  /**
   * The caller's shop. A token without one (staff, or a misconfigured account) is refused: shop
   * endpoints have no meaning without a shop, and guessing one would be a leak.
   */
  public TenantId requireTenant() {
    return tenant()
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "This endpoint acts for a shop, and the token carries no tenant_id."));
  }

  public String name() {
    JsonWebToken jwt = jwt();
    if (jwt == null || jwt.getRawToken() == null) {
      return "anonymous";
    }
    String name = jwt.getName();
    return name == null ? jwt.getSubject() : name;
  }

  public Set<String> roles() {
    JsonWebToken jwt = jwt();
    return jwt == null || jwt.getGroups() == null ? Set.of() : jwt.getGroups();
  }
}
