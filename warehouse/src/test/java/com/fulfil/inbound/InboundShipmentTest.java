package com.fulfil.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundShipmentTest {

  private static final Instant NOW = Instant.parse("2026-02-03T09:00:00Z");
  private static final TenantId ALFA = new TenantId("alfa");

  private static InboundShipment shipment() {
    return InboundShipment.announce(ALFA, "PO-1", null, List.of(
        new InboundLine.Announced("TEA", "", null, 10),
        new InboundLine.Announced("MILK", "L1", LocalDate.parse("2026-09-01"), 4)), NOW);
  }

  @Test
  void countsGoodAndDamagedUnitsAndAddsLinesForWhatWasNotAnnounced() {
    InboundShipment s = shipment();
    s.count("TEA", "", null, 7, false, NOW);
    s.count("TEA", "", null, 1, true, NOW);
    s.count("MILK", "L9", LocalDate.parse("2026-10-01"), 2, false, NOW);
    assertEquals(InboundStatus.RECEIVING, s.status());
    InboundLine tea = s.line("TEA", "").orElseThrow();
    assertEquals(7, tea.received());
    assertEquals(1, tea.damaged());
    assertEquals(2, tea.missing());
    InboundLine extra = s.line("MILK", "L9").orElseThrow();
    assertFalse(extra.announced());
    assertEquals(2, extra.over());
    assertEquals(3, s.lines().size());
  }

  @Test
  void shortIsShownOnlyOnceTheReceiptIsClosedAndAClosedShipmentTakesNoCounts() {
    InboundShipment s = shipment();
    s.count("TEA", "", null, 12, false, NOW);
    List<String> kinds = InboundShipmentView.of(s, List.of()).discrepancies().stream().map(InboundShipmentView.DiscrepancyView::kind).toList();
    assertEquals(List.of("OVER"), kinds, "MILK is not short while counting goes on");
    s.close(NOW);
    InboundShipmentView closed = InboundShipmentView.of(s, List.of());
    assertEquals(List.of("OVER", "SHORT"), closed.discrepancies().stream().map(InboundShipmentView.DiscrepancyView::kind).toList());
    assertEquals(4, closed.discrepancies().get(1).qty());
    ProblemException e = assertThrows(ProblemException.class, () -> s.count("TEA", "", null, 1, false, NOW));
    assertEquals("status", e.violations().get(0).field());
  }

  @Test
  void nothingIsPutAwayThatWasNotReceivedAndOnlyAnAnnouncedShipmentCanBeCancelled() {
    InboundShipment s = shipment();
    s.count("TEA", "", null, 3, false, NOW);
    s.putAway("TEA", "", 2, NOW);
    ProblemException tooMany = assertThrows(ProblemException.class, () -> s.putAway("TEA", "", 2, NOW));
    assertEquals("qty", tooMany.violations().get(0).field());
    assertEquals(1, s.line("TEA", "").orElseThrow().awaitingPutaway());
    assertEquals(409, assertThrows(ProblemException.class, () -> s.cancel(NOW)).status());
    InboundShipment fresh = shipment();
    fresh.cancel(NOW);
    assertEquals(InboundStatus.CANCELLED, fresh.status());
  }

  @Test
  void theCodeNamesTheShopAndNothingElseParses() {
    String code = InboundShipment.newCode(ALFA);
    assertTrue(code.startsWith("ASN.alfa."));
    assertEquals(ALFA, InboundShipment.tenantOfCode(code).orElseThrow());
    assertTrue(InboundShipment.tenantOfCode("ASN.alfa.short").isEmpty());
    assertTrue(InboundShipment.tenantOfCode("ASN.Alfa!.ABCDEFGHJK").isEmpty());
    assertTrue(InboundShipment.tenantOfCode("BIN-1").isEmpty());
    assertTrue(InboundShipment.tenantOfCode(null).isEmpty());
  }
}
