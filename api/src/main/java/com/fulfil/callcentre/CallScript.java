package com.fulfil.callcentre;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a shop's call script, in Russian and English (plain text or markdown). A new
 * text is a new version; old versions stay, so an audit can tell which text an operator had.
 */
@Entity
@Table(name = "cc_call_script")
public class CallScript extends TenantOwned {

  static final int TEXT_MAX = 20_000;

  @Id private UUID id;
  private int version;

  @Column(name = "text_ru")
  private String textRu;

  @Column(name = "text_en")
  private String textEn;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected CallScript() {}

  /** The version after {@code previous} (null: the first). */
  static CallScript next(CallScript previous, String textRu, String textEn, String author, Instant now) {
    CallScript s = new CallScript();
    s.id = UUID.randomUUID();
    s.version = previous == null ? 1 : previous.version + 1;
    s.textRu = textRu;
    s.textEn = textEn;
    s.createdBy = author;
    s.createdAt = now;
    return s;
  }

  int version() { return version; }
  String textRu() { return textRu; }
  String textEn() { return textEn; }
  Instant createdAt() { return createdAt; }
  String createdBy() { return createdBy; }
}
