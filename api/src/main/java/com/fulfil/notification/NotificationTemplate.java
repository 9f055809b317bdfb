package com.fulfil.notification;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A shop's own wording of one moment in one language, replacing the shipped default. */
@Entity
@Table(name = "ntf_template")
public class NotificationTemplate extends TenantOwned {

  @Id private UUID id;

  @Column(name = "moment")
  private String moment;

  @Enumerated(EnumType.STRING)
  private Language language;

  @Column(name = "email_subject")
  private String emailSubject;

  @Column(name = "email_body")
  private String emailBody;

  @Column(name = "sms_text")
  private String smsText;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected NotificationTemplate() {}

  static NotificationTemplate create(Moment moment, Language language) {
    NotificationTemplate t = new NotificationTemplate();
    t.id = UUID.randomUUID();
    t.moment = moment.key();
    t.language = language;
    return t;
  }

  void reword(Wording w, Instant now) {
    emailSubject = w.emailSubject();
    emailBody = w.emailBody();
    smsText = w.smsText();
    updatedAt = now;
  }

  Wording wording() {
    return new Wording(emailSubject, emailBody, smsText);
  }

  Moment moment() { return Moment.parse(moment).orElseThrow(); }
  Language language() { return language; }
  Instant updatedAt() { return updatedAt; }
  long version() { return version; }
}
