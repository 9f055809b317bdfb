package com.fulfil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void boundsTheLimitAndNamesTheBadParameter() {
    assertEquals(PageRequest.DEFAULT_LIMIT, PageRequest.of(null, null).limit());
    ProblemException tooMany = assertThrows(ProblemException.class, () -> PageRequest.of(null, "201"));
    assertEquals("limit", tooMany.violations().get(0).field());
    assertThrows(ProblemException.class, () -> PageRequest.of(null, "zero"));
    ProblemException badCursor = assertThrows(ProblemException.class, () -> PageRequest.of("%%%", "10"));
    assertEquals("cursor", badCursor.violations().get(0).field());
  }

  @Test
  void theCursorOfAFullPageLeadsToTheRest() {
    PageRequest first = PageRequest.of(null, "2");
    Page<String> page = first.page(List.of("a", "b", "c"), Function.identity(), String::toUpperCase);
    assertEquals(List.of("A", "B"), page.items());
    assertEquals("b", PageRequest.of(page.nextCursor(), "2").after());

    Page<String> last = first.page(List.of("c"), Function.identity(), Function.identity());
    assertNull(last.nextCursor());
  }
}
