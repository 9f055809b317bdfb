package com.fulfil.order;

import static com.fulfil.order.Fixtures.NOW;
import static com.fulfil.order.Fixtures.order;
import static com.fulfil.order.Fixtures.received;
import static com.fulfil.order.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fulfil.web.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void intakeRecordsTheFirstEventFromNothingAndTheTotals() {
    Order o = received(order());
    assertEquals(OrderStatus.RECEIVED, o.status());
    assertEquals(new Totals(286_800, 30_000, 316_800), o.totals());
    List<OrderEvent> events = o.takeUnpublished();
    assertEquals(1, events.size());
    assertNull(events.get(0).from());
    assertEquals(OrderStatus.RECEIVED, events.get(0).to());
    assertEquals(1, events.get(0).sequence());
    assertEquals("alfa-manager", events.get(0).actor());
    assertEquals(List.of(), o.takeUnpublished(), "announced once");
  }

  @Test
  void eachMoveIsTheNextEventAndARefusedMoveChangesNothing() {
    Order o = received(order());
    o.moveTo(OrderStatus.AWAITING_CONFIRMATION, "system", null, NOW);
    o.moveTo(OrderStatus.UNREACHABLE_HOLD, "operator", "no answer ×3", NOW.plusSeconds(60));
    o.moveTo(OrderStatus.AWAITING_CONFIRMATION, "operator", "call tomorrow", NOW.plusSeconds(120));
    ProblemException refused =
        assertThrows(ProblemException.class, () -> o.moveTo(OrderStatus.PICKING, "picker", null, NOW.plusSeconds(180)));
    assertEquals(409, refused.status());
    assertEquals(OrderStatus.AWAITING_CONFIRMATION, o.status());
    List<OrderEvent> events = o.takeUnpublished();
    assertEquals(List.of(1, 2, 3, 4), events.stream().map(OrderEvent::sequence).toList());
    assertEquals(
        List.of("null>RECEIVED", "RECEIVED>AWAITING_CONFIRMATION", "AWAITING_CONFIRMATION>UNREACHABLE_HOLD", "UNREACHABLE_HOLD>AWAITING_CONFIRMATION"),
        events.stream().map(e -> e.from() + ">" + e.to()).toList());
    assertEquals("no answer ×3", events.get(2).reason());
  }

  @Test
  void confirmingWithChangesRecomputesTheTotals() {
    Order o = received(order());
    o.moveTo(OrderStatus.AWAITING_CONFIRMATION, "system", null, NOW);
    OrderConfirmation changes =
        new OrderConfirmation(
            List.of(new OrderLineRequest("COFFEE-7", 1, null)),
            new AddressRequest("RU", "Свердловская область", "Екатеринбург", "ул. Малышева, 5", "620014"),
            "2025-03-04", null, null, "PREPAID");
    o.confirm(rules().checkEdits(changes, o).value(), "operator", "buyer changed his mind", NOW);
    assertEquals(OrderStatus.CONFIRMED, o.status());
    assertEquals(1, o.lines().size());
    assertEquals("Кофе молотый", o.lines().get(0).name());
    assertEquals(new Totals(45_000, 30_000, 0), o.totals(), "prepaid now: nothing to collect");
    assertEquals("Екатеринбург", o.buyer().address().city());
    assertEquals("Asia/Yekaterinburg", o.buyer().zone().zone().getId(), "a derived zone follows the address");
    assertEquals("+79161234567", o.buyer().phone(), "the phone is not part of the address");
    assertEquals(java.time.LocalDate.parse("2025-03-04"), o.schedule().date());
    assertEquals(java.time.LocalTime.of(10, 0), o.schedule().slotFrom(), "the slot stays when only the date changes");
  }

  @Test
  void aZoneTheShopStatedStaysWhenTheAddressChanges() {
    OrderRequest base = order();
    BuyerRequest stated = new BuyerRequest("Иван", "89161234567", null, Fixtures.moscow(), "Europe/Samara");
    Order o = received(new OrderRequest("S-1", stated, base.lines(), null, null, null, "COD_CASH", "COURIER", null, null, null, null));
    o.moveTo(OrderStatus.AWAITING_CONFIRMATION, "system", null, NOW);
    OrderConfirmation moved = new OrderConfirmation(null, new AddressRequest("RU", "Приморский край", "Владивосток", "ул. Светланская, 1", null), null, null, null, null);
    o.confirm(rules().checkEdits(moved, o).value(), "operator", null, NOW);
    assertEquals("Europe/Samara", o.buyer().zone().zone().getId());
  }

  @Test
  void aConfirmedOrderCannotBeConfirmedAgain() {
    Order o = received(order());
    o.moveTo(OrderStatus.AWAITING_CONFIRMATION, "system", null, NOW);
    o.confirm(OrderEdits.NONE, "operator", null, NOW);
    assertEquals(409, assertThrows(ProblemException.class, () -> o.confirm(OrderEdits.NONE, "operator", null, NOW)).status());
    assertEquals(409, assertThrows(ProblemException.class, () -> o.requireCanMoveTo(OrderStatus.CONFIRMED)).status());
  }
}
