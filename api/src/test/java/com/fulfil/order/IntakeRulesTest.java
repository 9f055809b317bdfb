package com.fulfil.order;

import static com.fulfil.order.Fixtures.moscow;
import static com.fulfil.order.Fixtures.order;
import static com.fulfil.order.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.Violation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

  @Test
  void aGoodOrderBecomesANormalisedDraft() {
    IntakeRules.Checked<OrderDraft> checked = rules().check(order());
    assertEquals(List.of(), checked.violations());
    OrderDraft d = checked.value();
    assertEquals("A-1", d.externalNumber());
    assertEquals("+79161234567", d.buyer().phone());
    assertEquals("Europe/Moscow", d.buyer().zone().zone().getId());
    assertEquals(BuyerZone.Source.REGION, d.buyer().zone().source());
    assertEquals("RU", d.buyer().address().country());
    assertEquals("Чай зелёный", d.lines().get(0).name(), "the name comes from the catalogue");
    assertEquals(129_900, d.lines().get(0).unitPriceMinor(), "no price given: the catalogue's");
    assertEquals(9_000, d.lines().get(1).unitPriceMinor(), "a given price is the shop's to choose");
    assertEquals("RUB", d.currency());
    assertEquals(30_000, d.deliveryFeeMinor());
    assertEquals(new Schedule(LocalDate.parse("2025-03-03"), LocalTime.of(10, 0), LocalTime.of(14, 0)), d.schedule());
    assertEquals(PaymentForm.COD_CASH, d.paymentForm());
    assertEquals(DeliveryMethod.COURIER, d.deliveryMethod());
  }

  @Test
  void everyProblemIsReportedAtOnceNamingItsField() {
    OrderRequest bad =
        new OrderRequest(
            " ",
            new BuyerRequest("", "12345", "not-an-email", new AddressRequest("XX", null, "", "ул. Ленина", "14!"), "Mars/Olympus"),
            Arrays.asList(
                new OrderLineRequest("NOPE", 1, null),
                new OrderLineRequest("TEA-1", 0, -5L),
                new OrderLineRequest("SUGAR", 10_001, IntakeRules.AMOUNT_MAX_MINOR + 1),
                new OrderLineRequest("TEA-1", 1, null),
                new OrderLineRequest(null, null, null),
                null),
            "USD", -1L, null, "CASH", null, "2025-02-28", "14:00", "10:00", null);
    List<String> fields = fields(rules().check(bad).violations());
    assertEquals(
        List.of(
            "currency", "buyer.name", "buyer.address.country", "buyer.address.city", "buyer.address.postalCode",
            "buyer.phone", "buyer.email", "buyer.timeZone",
            "lines[0].sku", "lines[1].qty", "lines[1].unitPriceMinor", "lines[2].qty", "lines[2].unitPriceMinor",
            "lines[3].sku", "lines[4].sku", "lines[4].qty", "lines[5]",
            "deliveryFeeMinor", "paymentForm", "deliveryMethod", "deliveryDate", "slotTo"),
        fields);
    assertNull(rules().check(bad).value(), "nothing to store");
  }

  @Test
  void linesAreOneToTwoHundred() {
    assertEquals(List.of("lines"), fields(rules().check(order("A", List.of())).violations()));
    assertEquals(List.of("lines"), fields(rules().check(order("A", null)).violations()));
    List<OrderLineRequest> many = new ArrayList<>(Collections.nCopies(201, new OrderLineRequest("TEA-1", 1, null)));
    Violation tooMany = rules().check(order("A", many)).violations().get(0);
    assertEquals("lines", tooMany.field());
    assertTrue(tooMany.message().contains("200"));
  }

  @Test
  void theCurrencyIfGivenMustBeTheShops() {
    OrderRequest rub = withCurrency("RUB");
    assertTrue(rules().check(rub).ok());
    assertEquals(List.of("currency"), fields(rules().check(withCurrency("PLN")).violations()));
    assertEquals(List.of("currency"), fields(rules().check(withCurrency("rub")).violations()));
  }

  @Test
  void theCodAmountIfGivenMustMatchWhatThePlatformComputes() {
    assertTrue(rules().check(withCod("COD_CARD", 316_800L)).ok(), "2 × 1299.00 + 3 × 90.00 + 300.00 delivery");
    assertEquals(List.of("codAmountMinor"), fields(rules().check(withCod("COD_CARD", 100L)).violations()));
    assertTrue(rules().check(withCod("PREPAID", 0L)).ok());
    assertEquals(List.of("codAmountMinor"), fields(rules().check(withCod("PREPAID", 317_850L)).violations()));
  }

  @Test
  void theDeliveryDateIsJudgedByTheBuyersCalendar() {
    // 13:00 UTC on 1 March is already 2 March, 01:00, in Kamchatka.
    assertTrue(rules().check(at("Камчатский край", "2025-03-02")).ok());
    assertEquals(List.of("deliveryDate"), fields(rules().check(at("Камчатский край", "2025-03-01")).violations()));
    assertTrue(rules().check(at("Калининградская область", "2025-03-01")).ok());
    assertEquals(List.of("deliveryDate"), fields(rules().check(at("Московская", "2025-08-29")).violations()), "more than 180 days ahead");
    assertEquals(List.of("deliveryDate"), fields(rules().check(at("Московская", "03.03.2025")).violations()), "JSON speaks ISO");
  }

  @Test
  void aSlotComesAsAPairWithADate() {
    OrderRequest o = order();
    OrderRequest slotWithoutDate = new OrderRequest(o.externalNumber(), o.buyer(), o.lines(), null, null, null, "PREPAID", "POST", null, "10:00", "12:00", null);
    assertEquals(List.of("deliveryDate"), fields(rules().check(slotWithoutDate).violations()));
    OrderRequest halfSlot = new OrderRequest(o.externalNumber(), o.buyer(), o.lines(), null, null, null, "PREPAID", "POST", "2025-03-05", "10:00", null, null);
    assertEquals(List.of("slotTo"), fields(rules().check(halfSlot).violations()));
    OrderRequest badTime = new OrderRequest(o.externalNumber(), o.buyer(), o.lines(), null, null, null, "PREPAID", "POST", "2025-03-05", "10", "25:00", null);
    assertEquals(List.of("slotFrom", "slotTo"), fields(rules().check(badTime).violations()));
    OrderRequest noWish = new OrderRequest(null, o.buyer(), o.lines(), null, null, null, "prepaid", "parcel_locker", null, null, null, null);
    IntakeRules.Checked<OrderDraft> ok = rules().check(noWish);
    assertEquals(Schedule.NONE, ok.value().schedule());
    assertNull(ok.value().externalNumber(), "the external number is optional");
    assertEquals(PaymentForm.PREPAID, ok.value().paymentForm(), "enumerations in any case");
  }

  @Test
  void aStatedZoneWinsAndAnUnknownRegionFallsBackToTheShopsZone() {
    OrderRequest o = order();
    BuyerRequest stated = new BuyerRequest("Иван", "+7 343 123-45-67", null, moscow(), "Asia/Yekaterinburg");
    OrderDraft d = rules().check(new OrderRequest("Z", stated, o.lines(), null, null, null, "PREPAID", "POST", null, null, null, null)).value();
    assertEquals("Asia/Yekaterinburg", d.buyer().zone().zone().getId());
    assertEquals(BuyerZone.Source.STATED, d.buyer().zone().source());
    BuyerRequest nowhere = new BuyerRequest("Иван", "89161234567", null, new AddressRequest("RU", "Тридевятое царство", "Кощеевка", "д. 1", null), null);
    d = rules().check(new OrderRequest("Z", nowhere, o.lines(), null, null, null, "PREPAID", "POST", null, null, null, null)).value();
    assertEquals(BuyerZone.Source.SHOP, d.buyer().zone().source());
    assertEquals("Europe/Moscow", d.buyer().zone().zone().getId());
  }

  @Test
  void aPhoneWithoutCountryCodeIsReadByTheAddressCountry() {
    OrderRequest o = order();
    BuyerRequest minsk = new BuyerRequest("Ян", "8 029 123 45 67", null, new AddressRequest("by", null, "Минск", "пр. Независимости, 1", "220030"), null);
    OrderDraft d = rules().check(new OrderRequest(null, minsk, o.lines(), null, null, null, "PREPAID", "POST", null, null, null, null)).value();
    assertEquals("+375291234567", d.buyer().phone());
    assertEquals("BY", d.buyer().address().country(), "country codes in any case");
    assertEquals("Europe/Minsk", d.buyer().zone().zone().getId());
    BuyerRequest warsaw = new BuyerRequest("Jan", "601 234 567", null, new AddressRequest("PL", null, "Warszawa", "ul. Marszałkowska 1", "00-624"), null);
    d = rules().check(new OrderRequest(null, warsaw, o.lines(), null, null, null, "PREPAID", "POST", null, null, null, null)).value();
    assertEquals("+48601234567", d.buyer().phone());
  }

  @Test
  void confirmationEditsAreCheckedAsAtIntakeAndNullsMeanUnchanged() {
    Order order = Fixtures.received(order());
    IntakeRules.Checked<OrderEdits> none = rules().checkEdits(OrderConfirmation.AS_IS, order);
    assertEquals(new OrderEdits(null, null, null, null, null), none.value());
    assertEquals(OrderEdits.NONE, rules().checkEdits(null, order).value());

    OrderConfirmation bad =
        new OrderConfirmation(
            List.of(new OrderLineRequest("NOPE", 1, null)), new AddressRequest("RU", null, null, "x", null), "2024-01-01", null, null, "BARTER");
    assertEquals(List.of("lines[0].sku", "address.city", "deliveryDate", "paymentForm"), fields(rules().checkEdits(bad, order).violations()));

    OrderConfirmation slotOnly = new OrderConfirmation(null, null, null, "18:00", "21:00", null);
    OrderEdits edits = rules().checkEdits(slotOnly, order).value();
    assertEquals(new Schedule(LocalDate.parse("2025-03-03"), LocalTime.of(18, 0), LocalTime.of(21, 0)), edits.schedule(), "the date stays");

    OrderConfirmation moved = new OrderConfirmation(null, new AddressRequest("RU", "Приморский край", "Владивосток", "ул. Светланская, 1", null), null, null, null, null);
    edits = rules().checkEdits(moved, order).value();
    assertEquals("Asia/Vladivostok", edits.zone().zone().getId());
  }

  private static OrderRequest withCurrency(String currency) {
    OrderRequest o = order();
    return new OrderRequest(o.externalNumber(), o.buyer(), o.lines(), currency, o.deliveryFeeMinor(), null, o.paymentForm(), o.deliveryMethod(), o.deliveryDate(), o.slotFrom(), o.slotTo(), o.notes());
  }

  private static OrderRequest withCod(String paymentForm, Long cod) {
    OrderRequest o = order();
    return new OrderRequest(o.externalNumber(), o.buyer(), o.lines(), null, o.deliveryFeeMinor(), cod, paymentForm, o.deliveryMethod(), o.deliveryDate(), o.slotFrom(), o.slotTo(), o.notes());
  }

  private static OrderRequest at(String region, String date) {
    OrderRequest o = order();
    BuyerRequest b = new BuyerRequest("Иван", "+7 916 123-45-67", null, new AddressRequest("RU", region, "Город", "ул. Мира, 1", null), null);
    return new OrderRequest(o.externalNumber(), b, o.lines(), null, null, null, "PREPAID", "POST", date, null, null, null);
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }
}
