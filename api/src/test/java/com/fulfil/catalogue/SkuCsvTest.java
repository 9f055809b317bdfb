package com.fulfil.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkuCsvTest {

  private static final String HEADER = "sku,name,barcodes,weight_grams,length_mm,width_mm,height_mm,price,expiry_tracked\n";

  @Test
  void readsQuotedValuesBomCrlfAndBarcodeLists() {
    String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
        + "A-1,\"Кофе, \"\"Арабика\"\"\",4600000000015|X-1,500,100,80,60,1299.00,true\r\n"
        + "\r\n"
        + "A-2,Сахар,,1000,200,100,50,89.5,нет\r\n";
    SkuCsv.Result r = SkuCsv.parse(csv, "RUB");
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.rows().size());
    SkuRequest coffee = r.rows().get(0).request();
    assertEquals("Кофе, \"Арабика\"", coffee.name());
    assertEquals(List.of("4600000000015", "X-1"), coffee.barcodes());
    assertEquals(129_900L, coffee.priceMinor());
    assertEquals(true, coffee.expiryTracked());
    assertEquals(4, r.rows().get(1).line(), "lines count from the header as line 1");
    assertEquals(8_950L, r.rows().get(1).request().priceMinor());
  }

  @Test
  void reportsEveryProblemByLineAndColumn() {
    String csv = HEADER
        + "A-1,Соль,4600000000017,heavy,10,10,10,10.00,false\n"
        + "A-2,,,1,1,1,1,1.001,maybe\n"
        + "A-3,Too,few\n";
    List<String> where = SkuCsv.parse(csv, "RUB").errors().stream().map(v -> v.line() + ":" + v.field()).toList();
    assertEquals(List.of("2:weight_grams", "2:barcodes", "3:price", "3:expiry_tracked", "3:name", "4:null"), where);
  }

  @Test
  void refusesAWrongHeaderWithoutReadingFurther() {
    List<Violation> errors = SkuCsv.parse("sku,title\nA,B\n", "RUB").errors();
    assertEquals(1, errors.get(0).line());
    assertEquals("title", errors.get(0).field());
    assertTrue(SkuCsv.parse("", "RUB").errors().get(0).message().contains("empty"));
    assertEquals("a quoted value is not closed", SkuCsv.parse(HEADER + "A,\"open", "RUB").errors().get(0).message());
  }
}
