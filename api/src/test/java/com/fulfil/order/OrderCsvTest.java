package com.fulfil.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCsvTest {

  private static final String HEADER =
      "external_number,buyer_name,phone,country,region,city,street,payment_form,delivery_method,delivery_date,slot_from,slot_to,delivery_fee,sku,qty,unit_price\n";

  @Test
  void rowsWithTheSameExternalNumberAreOneOrderWhereverTheyAre() {
    String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
        + "A-1,Иван Петров,8 (916) 123-45-67,RU,Московская обл.,Химки,\"ул. Ленина, 1\",COD_CASH,COURIER,03.03.2025,10:00,14:00,300.00,TEA-1,2,1299.00\r\n"
        + "B-7,Анна,+7 343 123-45-67,RU,Свердловская,Екатеринбург,ул. Малышева 5,PREPAID,POST,,,,,SUGAR,1,\r\n"
        + "\r\n"
        + "A-1,,,,,,,,,,,,,COFFEE-7,1,450\r\n"
        + "A-1,Иван Петров,,RU,,,,,,,,,,SUGAR,3,89.5\r\n";
    OrderCsv.Result r = OrderCsv.parse(csv, "RUB");
    assertEquals(List.of(), r.errors());
    assertEquals(List.of("A-1", "B-7"), r.orders().stream().map(OrderCsv.Group::externalNumber).toList());
    OrderCsv.Group a = r.orders().get(0);
    assertEquals(2, a.firstLine());
    assertEquals(List.of(2, 5, 6), a.lineOfLine());
    OrderRequest request = a.request();
    assertEquals("ул. Ленина, 1", request.buyer().address().street());
    assertEquals("8 (916) 123-45-67", request.buyer().phone());
    assertEquals("2025-03-03", request.deliveryDate(), "a Russian spreadsheet date becomes ISO");
    assertEquals(30_000L, request.deliveryFeeMinor());
    assertEquals(
        List.of(new OrderLineRequest("TEA-1", 2, 129_900L), new OrderLineRequest("COFFEE-7", 1, 45_000L), new OrderLineRequest("SUGAR", 3, 8_950L)),
        request.lines());
    OrderRequest b = r.orders().get(1).request();
    assertNull(b.lines().get(0).unitPriceMinor(), "blank price: the catalogue's");
    assertNull(b.deliveryFeeMinor());
    assertNull(b.deliveryDate());
    assertTrue(Fixtures.rules().check(request).ok(), "the assembled request passes the order rules");
  }

  @Test
  void valueAndStructureProblemsAreReportedByLineAndColumn() {
    String csv = HEADER
        + "A-1,Иван,89161234567,RU,,Химки,ул. Ленина 1,COD_CASH,COURIER,,,,3 рубля,TEA-1,two,12.345\n"
        + "A-1,Пётр,,,,,,,,,,,,SUGAR,1,\n"
        + ",Никто,89161234567,RU,,Химки,ул. Ленина 1,COD_CASH,COURIER,,,,,TEA-1,1,\n"
        + "C-3,too,few\n";
    List<String> where = OrderCsv.parse(csv, "RUB").errors().stream().map(v -> v.line() + ":" + v.field()).toList();
    assertEquals(List.of("2:delivery_fee", "2:qty", "2:unit_price", "3:buyer_name", "4:external_number", "5:null"), where);
  }

  @Test
  void theHeaderMustNameKnownColumnsAndAllRequiredOnes() {
    List<Violation> errors = OrderCsv.parse("external_number,buyer,phone\nA,B,C\n", "RUB").errors();
    assertEquals(1, errors.get(0).line());
    assertEquals("buyer", errors.get(0).field());
    assertTrue(errors.stream().anyMatch(e -> "sku".equals(e.field()) && e.message().contains("missing")));
    assertTrue(OrderCsv.parse("", "RUB").errors().get(0).message().contains("empty"));
    assertEquals("column appears twice", OrderCsv.parse(HEADER.replace("\n", ",qty\n"), "RUB").errors().get(0).message());
  }

  @Test
  void orderRuleViolationsAreMappedBackToTheirLineAndColumn() {
    OrderCsv.Group g = new OrderCsv.Group("A-1", 4, List.of(4, 9, 12), null);
    assertEquals("12:qty", at(g.locate(Violation.field("lines[2].qty", "m"))));
    assertEquals("9:sku", at(g.locate(Violation.field("lines[1].sku", "m"))));
    assertEquals("9:unit_price", at(g.locate(Violation.field("lines[1].unitPriceMinor", "m"))));
    assertEquals("9:sku", at(g.locate(Violation.field("lines[1]", "m"))));
    assertEquals("4:sku", at(g.locate(Violation.field("lines", "m"))));
    assertEquals("4:phone", at(g.locate(Violation.field("buyer.phone", "m"))));
    assertEquals("4:region", at(g.locate(Violation.field("buyer.address.region", "m"))));
    assertEquals("4:payment_form", at(g.locate(Violation.field("paymentForm", "m"))));
    assertEquals("4:delivery_fee", at(g.locate(Violation.field("deliveryFeeMinor", "m"))));
  }

  @Test
  void aFileIsBounded() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i <= OrderCsv.MAX_ORDERS; i++) {
      csv.append("N-").append(i).append(",Иван,89161234567,RU,,Химки,ул. Ленина 1,COD_CASH,COURIER,,,,,TEA-1,1,\n");
    }
    List<Violation> errors = OrderCsv.parse(csv.toString(), "RUB").errors();
    assertEquals(1, errors.size());
    assertEquals(OrderCsv.MAX_ORDERS + 2, errors.get(0).line());
    assertTrue(errors.get(0).message().contains("1000"));
  }

  private static String at(Violation v) {
    return v.line() + ":" + v.field();
  }
}
