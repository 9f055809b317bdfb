package com.fulfil.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void readsQuotesDoubledQuotesCrlfBomAndMultiLineValues() {
    List<Violation> errors = new ArrayList<>();
    List<Csv.Record> r = Csv.read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\nlast,", errors);
    assertEquals(List.of(), errors);
    assertEquals(List.of("a", "b"), r.get(0).fields());
    assertEquals(List.of("x, y", "say \"hi\""), r.get(1).fields());
    assertEquals(2, r.get(1).line());
    assertEquals(List.of("two\nlines", "z"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertEquals(5, r.get(3).line(), "the record after a two-line value starts on line 5");
    assertEquals(List.of("last", ""), r.get(3).fields());
  }

  @Test
  void blankLinesAreBlankRecordsAndAnOpenQuoteIsAnError() {
    List<Violation> errors = new ArrayList<>();
    List<Csv.Record> r = Csv.read("a\n\nb\n", errors);
    assertEquals(3, r.size());
    assertTrue(r.get(1).blank());
    assertEquals(List.of(), Csv.read("", errors));
    Csv.read("a\n\"open", errors);
    assertEquals(1, errors.size());
    assertEquals(2, errors.get(0).line());
  }
}
