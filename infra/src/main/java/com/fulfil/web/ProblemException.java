package com.fulfil.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An RFC 9457 problem raised anywhere in a request; {@link ProblemMapper} turns it into an
 * {@code application/problem+json} response. Thrown before anything is written, or it rolls the
 * transaction back, so nothing half-written stays.
 */
public class ProblemException extends RuntimeException {

  private static final String TYPE_BASE = "https://fulfil.example/problems/";

  private final int status;
  private final String slug;
  private final String title;
  private final List<Violation> violations;

  public ProblemException(int status, String slug, String title, String detail, List<Violation> violations) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.violations = List.copyOf(violations);
  }

  public static ProblemException invalid(List<Violation> violations) {
    return new ProblemException(
        400, "validation", "Invalid request", summary(violations), violations);
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(Violation.field(field, message)));
  }

  public static ProblemException unprocessable(String detail, List<Violation> violations) {
    return new ProblemException(422, "unprocessable", "Request cannot be processed", detail, violations);
  }

  public static ProblemException conflict(String field, String message) {
    return new ProblemException(
        409, "conflict", "Conflict with the current state", message, List.of(Violation.field(field, message)));
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "Not found", what + " was not found", List.of());
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
  }

  /** A JSON body is required: an empty one arrives as null and is refused here, naming it. */
  public static <T> T requireBody(T body) {
    if (body == null) {
      throw invalid("body", "is required");
    }
    return body;
  }

  private static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "The request is invalid.";
    }
    Violation first = violations.get(0);
    String where = first.line() > 0 ? "line " + first.line() + ", " + first.field() : first.field();
    String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
    return where + ": " + first.message() + more;
  }

  public int status() {
    return status;
  }

  public List<Violation> violations() {
    return violations;
  }

  public JsonObject toJson(String instance) {
    JsonObjectBuilder b =
        Jsonp.provider().createObjectBuilder()
            .add("type", TYPE_BASE + slug)
            .add("title", title)
            .add("status", status)
            .add("detail", getMessage() == null ? title : getMessage());
    if (instance != null) {
      b.add("instance", instance);
    }
    if (!violations.isEmpty()) {
      JsonArrayBuilder errors = Jsonp.provider().createArrayBuilder();
      violations.forEach(v -> errors.add(v.toJson()));
      b.add("errors", errors);
    }
    return b.build();
  }
}
