package com.fulfil.handover;

import com.fulfil.tenancy.PlatformOwned;
import com.fulfil.web.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One carrier's pick-up at the dock: the parcels (of any shop) scanned onto it, then closed when the
 * carrier takes them. The warehouse's own record, so it carries no shop (its parcels do).
 */
@Entity
@Table(name = "wh_manifest")
@PlatformOwned
public class Manifest {

  /** The carriers a manifest can be for: the orders' delivery methods (api's DeliveryMethod; a test keeps them equal). */
  public static final List<String> CARRIERS = List.of("COURIER", "POST", "PARCEL_LOCKER", "CARRIER");

  @Id private UUID id;

  private String code;
  private String carrier;

  @Enumerated(EnumType.STRING)
  private ManifestStatus status;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Manifest() {}

  Manifest(String code, String carrier, String by, Instant now) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.carrier = carrier;
    this.status = ManifestStatus.OPEN;
    this.openedBy = by;
    this.openedAt = now;
  }

  /** Parcels go on or off only while it is open: 409 naming {@code field} otherwise. */
  void requireOpen(String field) {
    if (status != ManifestStatus.OPEN) {
      throw ProblemException.conflict(field, "manifest " + code + " is closed");
    }
  }

  void close(String by, Instant now) {
    requireOpen("status");
    this.status = ManifestStatus.CLOSED;
    this.closedBy = by;
    this.closedAt = now;
  }

  UUID id() {
    return id;
  }

  String code() {
    return code;
  }

  String carrier() {
    return carrier;
  }

  ManifestStatus status() {
    return status;
  }

  String openedBy() {
    return openedBy;
  }

  Instant openedAt() {
    return openedAt;
  }

  String closedBy() {
    return closedBy;
  }

  Instant closedAt() {
    return closedAt;
  }
}
