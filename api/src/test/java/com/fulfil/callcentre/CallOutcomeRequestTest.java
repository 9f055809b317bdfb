package com.fulfil.callcentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fulfil.order.OrderConfirmation;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallOutcomeRequestTest {

  @Test
  void parsesEachOutcome() {
    CallOutcomeRequest.Parsed p = new CallOutcomeRequest("CALL_BACK", "  busy  ", null, "2025-03-01T18:30:00+05:00", null).parse();
    assertEquals(CallOutcome.CALL_BACK, p.outcome());
    assertEquals(Instant.parse("2025-03-01T13:30:00Z"), p.callBackAt());
    assertEquals("busy", p.notes());
    assertEquals("too expensive", new CallOutcomeRequest("CANCELLED", null, "too expensive", null, null).parse().reason());
    assertNull(new CallOutcomeRequest("UNREACHABLE", " ", null, null, null).parse().notes());
    assertEquals(OrderConfirmation.AS_IS, new CallOutcomeRequest("CONFIRMED", null, null, null, OrderConfirmation.AS_IS).parse().edits());
  }

  @Test
  void namesEveryBadField() {
    assertEquals(List.of("outcome"), fields(new CallOutcomeRequest(null, null, null, null, null)));
    assertEquals(List.of("outcome", "notes"), fields(new CallOutcomeRequest("maybe", "x".repeat(2_001), null, null, null)));
    assertEquals(List.of("reason"), fields(new CallOutcomeRequest("CANCELLED", null, " ", null, null)));
    assertEquals(List.of("callBackAt"), fields(new CallOutcomeRequest("CALL_BACK", null, null, "tomorrow", null)));
    assertEquals(List.of("callBackAt"), fields(new CallOutcomeRequest("CALL_BACK", null, null, "2025-03-01T18:30:00", null)));
    assertEquals(List.of("callBackAt"), fields(new CallOutcomeRequest("CONFIRMED", null, null, "2025-03-01T18:30:00Z", null)));
    assertEquals(List.of("edits"), fields(new CallOutcomeRequest("CANCELLED", null, "no", null, OrderConfirmation.AS_IS)));
  }

  private static List<String> fields(CallOutcomeRequest r) {
    ProblemException e = assertThrows(ProblemException.class, r::parse);
    assertEquals(400, e.status());
    return e.violations().stream().map(Violation::field).toList();
  }
}
