package com.fulfil.layout;

import com.fulfil.tenancy.PlatformOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An area of the warehouse with one purpose (storage, receiving dock, quarantine). */
@Entity
@PlatformOwned
@Table(name = "wh_zone")
public class Zone {

  @Id private UUID id;
  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private ZoneKind kind;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Zone() {}

  static Zone create(ZoneRequest r, Instant now) {
    Zone z = new Zone();
    z.id = UUID.randomUUID();
    z.code = r.code().trim();
    z.name = r.name().trim();
    z.kind = r.zoneKind();
    z.createdAt = now;
    return z;
  }

  UUID id() { return id; }
  String code() { return code; }
  String name() { return name; }
  ZoneKind kind() { return kind; }
}
