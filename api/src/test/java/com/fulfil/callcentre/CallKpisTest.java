package com.fulfil.callcentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fulfil.callcentre.CallKpiView.OperatorKpi;
import com.fulfil.callcentre.CallKpiView.TenantKpi;
import com.fulfil.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KPIs from rows, by hand: every figure below can be checked against the rows listed. */
class CallKpisTest {

  static final Instant T0 = Instant.parse("2025-03-01T07:00:00Z");
  static final TenantId SHOP = new TenantId("alfa");

  @Test
  void percentilesAreNearestRank() {
    assertNull(CallKpis.percentile(List.of(), 50));
    assertEquals(5L, CallKpis.percentile(List.of(5L), 90));
    assertEquals(20L, CallKpis.percentile(List.of(40L, 10L, 30L, 20L), 50), "rank ceil(2) = 2nd of 10,20,30,40");
    assertEquals(40L, CallKpis.percentile(List.of(40L, 10L, 30L, 20L), 90), "rank ceil(3.6) = 4th");
    List<Long> ten = new ArrayList<>();
    for (long i = 1; i <= 10; i++) {
      ten.add(i * 60);
    }
    assertEquals(540L, CallKpis.percentile(ten, 90), "rank 9 of 10 exactly, not 10");
  }

  @Test
  void figuresPerShopAndPerOperator() {
    List<CallQueueRepository.KpiFact> rows = new ArrayList<>();
    // A: called by ann after 30 min, confirmed.
    UUID a = order(rows, T0, T0.plusSeconds(3600), "ann", 1800, CallOutcome.CONFIRMED, true);
    // B: ann after 90 min (late), unreachable; bob 15 min later: cancelled.
    UUID b = order(rows, T0, T0.plusSeconds(3600), "ann", 5400, CallOutcome.UNREACHABLE, false);
    attempt(rows, b, T0, T0.plusSeconds(3600), "bob", 6300, CallOutcome.CANCELLED, true);
    // C: bob after 60 min exactly (within the hour, not late), call back.
    order(rows, T0, T0.plusSeconds(3600), "bob", 3600, CallOutcome.CALL_BACK, false);
    // D: never called, due in the past: a breach.
    rows.add(new CallQueueRepository.KpiFact(SHOP, UUID.randomUUID(), UUID.randomUUID(), T0, T0.plusSeconds(3600), null, null, null, null, false));

    CallKpiView v = CallKpis.compute(T0, T0.plusSeconds(86_400), null, T0.plusSeconds(7200), rows);
    TenantKpi t = v.tenants().get(0);
    assertEquals(4, t.orders());
    assertEquals(3, t.calledOrders());
    assertEquals(3600L, t.medianSecondsToFirstCall(), "1800, 3600, 5400");
    assertEquals(5400L, t.p90SecondsToFirstCall());
    assertEquals(2, t.firstCallWithinHour().count());
    assertEquals(new BigDecimal("50.0"), t.firstCallWithinHour().percent());
    assertEquals(1, t.confirmationRate().count(), "A confirmed");
    assertEquals(2, t.confirmationRate().of(), "A and B decided");
    assertEquals(4, t.attempts());
    assertEquals(new BigDecimal("1.33"), t.attemptsPerOrder());
    assertEquals(2, t.slaBreaches(), "B first called late, D never called");

    OperatorKpi ann = v.operators().get(0);
    assertEquals("ann", ann.operator());
    assertEquals(2, ann.attempts());
    assertEquals(2, ann.firstCalls());
    assertEquals(1800L, ann.medianSecondsToFirstCall());
    assertEquals(5400L, ann.p90SecondsToFirstCall());
    assertEquals(1, ann.slaBreaches());
    assertEquals(1, ann.confirmationRate().count());
    assertEquals(1, ann.confirmationRate().of());
    OperatorKpi bob = v.operators().get(1);
    assertEquals(2, bob.attempts());
    assertEquals(2, bob.ordersCalled());
    assertEquals(1, bob.firstCalls(), "C only; B was first called by ann");
    assertEquals(0, bob.confirmationRate().count());
    assertEquals(1, bob.confirmationRate().of());
    assertEquals(new BigDecimal("0.0"), bob.confirmationRate().percent());
    assertEquals(a, CallKpis.orders(rows).get(0).orderId());
  }

  private static UUID order(List<CallQueueRepository.KpiFact> rows, Instant received, Instant due, String op, long after,
      CallOutcome outcome, boolean closes) {
    UUID id = UUID.randomUUID();
    attempt(rows, id, received, due, op, after, outcome, closes);
    return id;
  }

  private static void attempt(List<CallQueueRepository.KpiFact> rows, UUID order, Instant received, Instant due, String op,
      long after, CallOutcome outcome, boolean closes) {
    rows.add(new CallQueueRepository.KpiFact(
        SHOP, order, UUID.randomUUID(), received, due, UUID.randomUUID(), op, received.plusSeconds(after), outcome, closes));
  }
}
