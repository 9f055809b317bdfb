package com.fulfil.notification;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's wording of one moment: {@code emailSubject} and {@code emailBody} (both, or neither for
 * no email), {@code smsText} (none: no SMS; shops receive no SMS). Placeholders such as {@code
 * {{orderNumber}}} are filled in when the moment happens; see {@link TemplateText#PLACEHOLDERS}.
 */
public record TemplateRequest(String emailSubject, String emailBody, String smsText) {

  List<Violation> violations(Moment moment) {
    List<Violation> v = new ArrayList<>();
    String subject = blankToNull(emailSubject);
    String body = blankToNull(emailBody);
    if (subject != null && body == null) {
      v.add(Violation.field("emailBody", "is required when emailSubject is given"));
    }
    if (body != null && subject == null) {
      v.add(Violation.field("emailSubject", "is required when emailBody is given"));
    }
    if (subject != null && (subject.contains("\n") || subject.contains("\r"))) {
      v.add(Violation.field("emailSubject", "must be one line"));
    }
    v.addAll(TemplateText.check("emailSubject", subject, TemplateText.SUBJECT_MAX));
    v.addAll(TemplateText.check("emailBody", body, TemplateText.BODY_MAX));
    if (moment.audience() == Moment.Audience.SHOP && blankToNull(smsText) != null) {
      v.add(Violation.field("smsText", "must be empty: " + moment.key() + " is sent to the shop by email only"));
    } else {
      v.addAll(TemplateText.check("smsText", blankToNull(smsText), TemplateText.SMS_MAX));
    }
    return v;
  }

  Wording wording() {
    return new Wording(blankToNull(emailSubject), blankToNull(emailBody), blankToNull(smsText));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
