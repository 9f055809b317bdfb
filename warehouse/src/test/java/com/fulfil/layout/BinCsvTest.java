package com.fulfil.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinCsvTest {

  @Test
  void readsBinsWithColumnsInAnyOrder() {
    BinCsv.Result r =
        BinCsv.parse("barcode,zone,aisle,rack,shelf,position,sequence\r\nB-1,A,01,02,3,A,10\r\n\r\nB-2,A,01,02,3,B,11\r\n");
    assertEquals(List.of(), r.errors());
    assertEquals(2, r.rows().size());
    BinRequest first = r.rows().get(0).request();
    assertEquals("B-1", first.barcode());
    assertEquals("02", first.rack());
    assertEquals(10, first.sequence());
    assertEquals(4, r.rows().get(1).line(), "the blank line still counts");
  }

  @Test
  void reportsEveryProblemByLineAndColumn() {
    BinCsv.Result r =
        BinCsv.parse(
            "zone,aisle,rack,shelf,position,barcode,sequence\n"
                + "A,01,02,3,A,B 1,x\n"
                + "A,a1,02,3,A,B-2,-1\n"
                + "A,01,02\n");
    assertEquals(
        List.of(
            Violation.line(2, "sequence", "must be a whole number"),
            Violation.line(2, "barcode", "must be printable ASCII without spaces (Code-128)"),
            Violation.line(3, "aisle", "must be 1-8 capital letters or digits"),
            Violation.line(3, "sequence", "must be between 0 and 10000000"),
            Violation.line(4, null, "has 3 values, the header has 7")),
        r.errors());
    assertTrue(r.rows().isEmpty());
  }

  @Test
  void refusesAnUnknownOrMissingColumnAndAnEmptyFile() {
    assertEquals("colour", BinCsv.parse("zone,aisle,rack,shelf,position,barcode,sequence,colour\n").errors().get(0).field());
    assertEquals("sequence", BinCsv.parse("zone,aisle,rack,shelf,position,barcode\nA,1,1,1,1,B,1\n").errors().get(0).field());
    assertEquals(1, BinCsv.parse("").errors().get(0).line());
    assertEquals(2, BinCsv.parse("zone,aisle,rack,shelf,position,barcode,sequence\n").errors().get(0).line());
  }
}
