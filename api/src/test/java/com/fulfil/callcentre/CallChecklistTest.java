package com.fulfil.callcentre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.web.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallChecklistTest {

  @Test
  void theMaximaAddUpToAHundred() {
    assertEquals(100, CallChecklist.score(CallChecklist.ITEMS));
  }

  @Test
  void theScoreIsTheSumOfThePoints() {
    Map<String, Integer> points = new LinkedHashMap<>(CallChecklist.ITEMS);
    points.put("confirmedTotal", 5);
    points.put("politeClosing", 0);
    assertEquals(75, CallChecklist.score(points));
    assertEquals(List.of(), CallChecklist.violations(points));
  }

  @Test
  void missingUnknownAndOutOfRangeItemsAreNamed() {
    Map<String, Integer> points = new LinkedHashMap<>(CallChecklist.ITEMS);
    points.remove("greeting");
    points.put("verifiedBuyer", 11);
    points.put("smiled", 1);
    List<String> fields = CallChecklist.violations(points).stream().map(Violation::field).sorted().toList();
    assertEquals(List.of("items.greeting", "items.smiled", "items.verifiedBuyer"), fields);
    assertEquals("items", CallChecklist.violations(null).get(0).field());
  }
}
