package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.web.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRequestTest {

  private static List<String> fields(List<Violation> v) {
    return v.stream().map(Violation::field).toList();
  }

  @Test
  void subjectAndBodyGoTogether() {
    assertEquals(List.of("emailBody"), fields(new TemplateRequest("Subject", null, null).violations(Moment.ORDER_CONFIRMED)));
    assertEquals(List.of("emailSubject"), fields(new TemplateRequest(" ", "Body", null).violations(Moment.ORDER_CONFIRMED)));
    assertEquals(List.of(), new TemplateRequest(null, null, null).violations(Moment.ORDER_CONFIRMED), "a silent moment is allowed");
  }

  @Test
  void aSubjectIsOneLineSoItCannotInjectMailHeaders() {
    assertEquals(
        List.of("emailSubject"),
        fields(new TemplateRequest("Hi\r\nBcc: all@example.com", "Body", null).violations(Moment.ORDER_CONFIRMED)));
  }

  @Test
  void shopsGetNoSms() {
    assertEquals(List.of("smsText"), fields(new TemplateRequest("S", "B", "text").violations(Moment.SHOP_ORDER_HELD)));
  }

  @Test
  void blankPartsAreNotSent() {
    Wording w = new TemplateRequest("S {{orderNumber}}", "B", "  ").wording();
    assertEquals(null, w.smsText());
    assertEquals("S {{orderNumber}}", w.emailSubject());
  }
}
