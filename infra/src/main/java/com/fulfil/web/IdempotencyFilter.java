package com.fulfil.web;

import com.fulfil.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on POST, as the IETF httpapi draft describes: the same key with the same
 * request replays the first answer; with a different request it is 422; while the first is still
 * running it is 409. Keys are scoped by tenant (staff: by person), so shops cannot collide.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String HEADER = "Idempotency-Key";
  private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  private static final int MAX_KEY_LENGTH = 255;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdempotencyRepository keys;
  @Inject Caller caller;
  @Inject Clock clock;

  private record Claim(String scope, String key) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod())) {
      return;
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    if (request.getSecurityContext().getUserPrincipal() == null) {
      return; // unauthenticated requests are refused later; never store anything for them
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String scope = caller.tenant().map(t -> t.value()).orElse("~staff:" + caller.name());
    String fingerprint = fingerprint(request, body);
    Optional<IdempotencyRepository.Stored> stored = keys.claim(scope, key, fingerprint, clock.instant());
    if (stored.isEmpty()) {
      request.setProperty(CLAIM, new Claim(scope, key));
      return;
    }
    IdempotencyRepository.Stored s = stored.get();
    if (!s.fingerprint().equals(fingerprint)) {
      throw ProblemException.unprocessable(
          "This Idempotency-Key was already used for a different request.",
          List.of(Violation.field(HEADER, "was used with a different request body")));
    }
    if (!s.completed()) {
      throw new ProblemException(
          409, "idempotency-in-flight", "Request in progress",
          "A request with this Idempotency-Key is still being processed; retry later.",
          List.of(Violation.field(HEADER, "is in use by a request still running")));
    }
    Response.ResponseBuilder replay = Response.status(s.status()).header("Idempotent-Replayed", "true");
    if (s.body() != null) {
      replay.entity(s.body()).type(s.contentType());
    }
    if (s.location() != null) {
      replay.header(HttpHeaders.LOCATION, s.location());
    }
    request.abortWith(replay.build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Claim claim = (Claim) request.getProperty(CLAIM);
    if (claim == null) {
      return;
    }
    if (response.getStatus() >= 500) {
      keys.release(claim.scope(), claim.key());
      return;
    }
    Object entity = response.getEntity();
    String body = entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity);
    String type = response.getMediaType() == null ? null : response.getMediaType().toString();
    String location = response.getHeaderString(HttpHeaders.LOCATION);
    keys.complete(claim.scope(), claim.key(), response.getStatus(), type, location, body, clock.instant());
  }

  private static String fingerprint(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      java.net.URI uri = request.getUriInfo().getRequestUri();
      sha.update((uri.getRawPath() + "?" + uri.getRawQuery()).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
