package com.fulfil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private final ProblemMapper mapper = new ProblemMapper();

  @Test
  void ownProblemsKeepStatusAndNameTheirFields() {
    JsonObject body = body(mapper.toResponse(ProblemException.invalid("barcodes[2]", "is not a valid EAN-13")));
    assertEquals(400, body.getInt("status"));
    assertEquals("barcodes[2]", body.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("barcodes[2]: is not a valid EAN-13", body.getString("detail"));
  }

  @Test
  void csvProblemsNameLineAndColumn() {
    JsonObject body =
        body(mapper.toResponse(ProblemException.unprocessable("1 error", List.of(Violation.line(7, "price", "bad")))));
    JsonObject error = body.getJsonArray("errors").getJsonObject(0);
    assertEquals(7, error.getInt("line"));
    assertEquals("price", error.getString("column"));
  }

  @Test
  void wrongTypedJsonNamesTheProperty() {
    var wrapped = new RuntimeException(new JsonbException("Unable to deserialize property 'weightGrams' because of: x"));
    JsonObject body = body(mapper.toResponse(wrapped));
    assertEquals(400, body.getInt("status"));
    assertEquals("weightGrams", body.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void malformedJsonNamesTheBody() {
    JsonObject body = body(mapper.toResponse(new JsonbException("Unexpected end of input")));
    assertEquals("body", body.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void statusErrorsAndStaleWritesAndCrashes() {
    assertEquals(404, mapper.toResponse(new NotFoundException()).getStatus());
    assertEquals(405, mapper.toResponse(new NotAllowedException("GET")).getStatus());
    assertEquals(409, mapper.toResponse(new RuntimeException(new OptimisticLockException())).getStatus());
    Response crash = mapper.toResponse(new IllegalStateException("secret +79161234567"));
    assertEquals(500, crash.getStatus());
    assertEquals("The request failed on our side; nothing was saved.", body(crash).getString("detail"), "no internals leak");
    assertEquals(ProblemMapper.PROBLEM_JSON, crash.getMediaType().toString());
  }

  private static JsonObject body(Response r) {
    return jakarta.json.Json.createReader(new java.io.StringReader((String) r.getEntity())).readObject();
  }
}
