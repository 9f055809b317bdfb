package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  @Test
  void fillsKnownPlaceholdersWithOrWithoutSpaces() {
    String text = "Заказ {{orderNumber}} для {{ buyerName }}: {{codAmount}}";
    assertEquals(
        "Заказ A-1 для Иван: 1299,00 RUB",
        TemplateText.render(text, Map.of("orderNumber", "A-1", "buyerName", "Иван", "codAmount", "1299,00 RUB")));
  }

  @Test
  void aMissingValueBecomesEmptyAndPlainTextStaysAsItIs() {
    assertEquals("Slot: .", TemplateText.render("Slot: {{deliverySlot}}.", Map.of()));
    assertEquals("no placeholders {here}", TemplateText.render("no placeholders {here}", Map.of()));
  }

  @Test
  void refusesAnUnknownPlaceholderNamingTheField() {
    List<Violation> v = TemplateText.check("smsText", "Hi {{orderNumber}} {{price}}", 200);
    assertEquals(1, v.size(), v.toString());
    assertEquals("smsText", v.get(0).field());
    assertTrue(v.get(0).message().contains("{{price}}"), v.get(0).message());
  }

  @Test
  void refusesAnUnclosedPlaceholderAndTooLongText() {
    assertEquals("emailBody", TemplateText.check("emailBody", "Hi {{orderNumber", 200).get(0).field());
    assertEquals(1, TemplateText.check("emailSubject", "x".repeat(201), 200).size());
    assertEquals(List.of(), TemplateText.check("emailBody", "{{orderNumber}} {{shopName}}", 200));
  }

  @Test
  void everyShippedDefaultUsesOnlyKnownPlaceholders() {
    for (Moment m : Moment.values()) {
      for (Language l : Language.values()) {
        Wording w = DefaultTemplates.of(m, l);
        TemplateRequest asSaved = new TemplateRequest(w.emailSubject(), w.emailBody(), w.smsText());
        assertEquals(List.of(), asSaved.violations(m), m + "/" + l);
        assertTrue(w.hasEmail(), m + "/" + l + " has an email");
        assertEquals(m.audience() == Moment.Audience.BUYER, w.hasSms(), m + "/" + l + ": SMS only to buyers");
      }
    }
  }
}
