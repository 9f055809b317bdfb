package com.fulfil.web;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns any failure of a request into RFC 9457 problem+json. Classifying in one
 * mapper (rather than one per exception type) keeps the rules readable and the precedence explicit:
 * our own problems first, then malformed JSON, then stale writes, then JAX-RS status errors, and
 * everything else is a 500 that is logged without the request body (it may hold personal data).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  public static final String PROBLEM_JSON = "application/problem+json";

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
  private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
  private static final Map<Integer, String> TITLES =
      Map.of(
          400, "Bad request",
          401, "Unauthorized",
          403, "Forbidden",
          404, "Not found",
          405, "Method not allowed",
          406, "Not acceptable",
          409, "Conflict",
          413, "Request body too large",
          415, "Unsupported media type");

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable thrown) {
    ProblemException problem = classify(thrown);
    String instance = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(PROBLEM_JSON).entity(problem.toJson(instance).toString());
    if (problem.status() == 401) {
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
  }

  ProblemException classify(Throwable thrown) {
    ProblemException own = find(thrown, ProblemException.class);
    if (own != null) {
      return own;
    }
    JsonbException badJson = find(thrown, JsonbException.class);
    if (badJson != null || isJsonProcessing(thrown)) {
      return malformedJson(badJson);
    }
    if (find(thrown, OptimisticLockException.class) != null) {
      return ProblemException.conflict(
          "version", "The object was changed by someone else; reload it and try again.");
    }
    WebApplicationException web = find(thrown, WebApplicationException.class);
    if (web != null && web.getResponse().getStatus() == 400) {
      // JAX-RS's own 400s come from reading the entity: the body did not fit the endpoint.
      return malformedJson(null);
    }
    if (web != null && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      String title = TITLES.getOrDefault(status, "Client error");
      return new ProblemException(
          status, "http-" + status, title, title + ": " + describe(status), List.of());
    }
    LOG.log(Level.SEVERE, "Unhandled failure of a request", thrown);
    return new ProblemException(
        500, "internal", "Internal error", "The request failed on our side; nothing was saved.", List.of());
  }

  private static boolean isJsonProcessing(Throwable thrown) {
    return find(thrown, ProcessingException.class) != null
        || find(thrown, jakarta.json.stream.JsonParsingException.class) != null
        || find(thrown, jakarta.json.JsonException.class) != null;
  }

  /**
   * A body JSON-B could not map, naming the property when JSON-B says which one (null: the body as
   * a whole). Public for endpoints that map parts of a body themselves, such as batch items.
   */
  public static ProblemException malformedJson(JsonbException e) {
    String message = e == null ? null : deepestMessage(e);
    if (message != null) {
      Matcher m = JSONB_PROPERTY.matcher(message);
      if (m.find()) {
        return ProblemException.invalid(m.group(1), "has the wrong type or format");
      }
    }
    return new ProblemException(
        400, "malformed-json", "Malformed JSON", "The request body is not valid JSON for this endpoint.", List.of(Violation.field("body", "is not valid JSON")));
  }

  private static String deepestMessage(Throwable t) {
    String message = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && JSONB_PROPERTY.matcher(c.getMessage()).find()) {
        message = c.getMessage();
      }
    }
    return message == null ? t.getMessage() : message;
  }

  private static String describe(int status) {
    return switch (status) {
      case 401 -> "a valid bearer token is required";
      case 403 -> "your role does not allow this";
      case 404 -> "no such resource";
      case 405 -> "this method is not supported here";
      case 415 -> "send the body with a supported Content-Type";
      default -> "see the status code";
    };
  }

  static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
