package com.fulfil.notification;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A shop's endpoint for order events: where to POST, the secret that signs each call, and which
 * event types it wants ({@code *} for all).
 */
@Entity
@Table(name = "ntf_webhook")
public class Webhook extends TenantOwned {

  static final String ALL = "*";

  @Id private UUID id;
  private String url;
  private String secret;

  @Column(name = "event_filter")
  private String eventFilter;

  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Webhook() {}

  static Webhook register(URI url, Set<String> events, Instant now) {
    Webhook w = new Webhook();
    w.id = UUID.randomUUID();
    w.secret = WebhookSignature.newSecret();
    w.createdAt = now;
    w.change(url, events, true, now);
    return w;
  }

  void change(URI newUrl, Set<String> events, boolean isActive, Instant now) {
    url = newUrl.toString();
    eventFilter = events.isEmpty() || events.contains(ALL) ? ALL : String.join(",", events.stream().sorted().toList());
    active = isActive;
    updatedAt = now;
  }

  /** Whether this webhook wants events of {@code type} now. */
  boolean wants(String type) {
    return active && (ALL.equals(eventFilter) || events().contains(type));
  }

  List<String> events() {
    return Arrays.asList(eventFilter.split(","));
  }

  UUID id() { return id; }
  String url() { return url; }
  String secret() { return secret; }
  boolean active() { return active; }
  Instant createdAt() { return createdAt; }
  long version() { return version; }
}
