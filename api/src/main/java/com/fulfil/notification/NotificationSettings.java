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

/**
 * A shop's choices about notifications: the language buyers are written to ({@code AUTO} = by the
 * buyer's country: Russian in Russia and the CIS, English elsewhere), the language of emails to the
 * shop itself, and the shop's contact email for those (none: the shop is told by webhook only).
 */
@Entity
@Table(name = "ntf_setting")
public class NotificationSettings extends TenantOwned {

  /** The buyer's language: fixed by the shop, or {@code AUTO} by the buyer's country. */
  public enum BuyerLanguage {
    AUTO,
    RU,
    EN
  }

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_language")
  private BuyerLanguage buyerLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "shop_language")
  private Language shopLanguage;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected NotificationSettings() {}

  static NotificationSettings create(Instant now) {
    NotificationSettings s = new NotificationSettings();
    s.id = UUID.randomUUID();
    s.buyerLanguage = BuyerLanguage.AUTO;
    s.shopLanguage = Language.RU;
    s.updatedAt = now;
    return s;
  }

  void change(BuyerLanguage buyer, Language shop, String email, Instant now) {
    buyerLanguage = buyer;
    shopLanguage = shop;
    contactEmail = email;
    updatedAt = now;
  }

  BuyerLanguage buyerLanguage() { return buyerLanguage; }
  Language shopLanguage() { return shopLanguage; }
  String contactEmail() { return contactEmail; }
  long version() { return version; }
}
