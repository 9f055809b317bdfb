package com.fulfil.inbound;

import com.fulfil.tenancy.TenantId;
import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A shipment a shop announced, and what the dock counted of it. The counting rules live here: only
 * an announced or receiving shipment takes counts; a SKU or lot the shop did not announce gets a
 * line of its own with nothing expected; nothing is put away that was not received.
 */
@Entity
@Table(name = "wh_asn")
public class InboundShipment extends TenantOwned {

  private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;
  private String code;
  private String reference;

  @Enumerated(EnumType.STRING)
  private InboundStatus status;

  @Column(name = "expected_on")
  private LocalDate expectedOn;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("lineNo")
  private List<InboundLine> lines = new ArrayList<>();

  @Version private long version;

  protected InboundShipment() {}

  static InboundShipment announce(TenantId tenant, String reference, LocalDate expectedOn, List<InboundLine.Announced> lines, Instant now) {
    InboundShipment s = new InboundShipment();
    s.id = UUID.randomUUID();
    s.code = newCode(tenant);
    s.reference = reference;
    s.expectedOn = expectedOn;
    s.status = InboundStatus.ANNOUNCED;
    s.createdAt = now;
    s.updatedAt = now;
    for (InboundLine.Announced l : lines) {
      s.lines.add(new InboundLine(s, s.lines.size(), l.sku(), l.lot(), l.expiry(), true, l.qty()));
    }
    return s;
  }

  /** ASN.&lt;tenant&gt;.&lt;10 random characters&gt;: the scan names the shop, so staff need no cross-shop lookup. */
  static String newCode(TenantId tenant) {
    StringBuilder b = new StringBuilder("ASN.").append(tenant.value()).append('.');
    for (int i = 0; i < 10; i++) {
      b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  /** The shop whose shipment a scanned code names, if the code has the shape of one. */
  static Optional<TenantId> tenantOfCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String[] parts = code.trim().split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals("ASN") || !TenantId.isValid(parts[1]) || !parts[2].matches("[" + CODE_ALPHABET + "]{10}")) {
      return Optional.empty();
    }
    return Optional.of(new TenantId(parts[1]));
  }

  /** The shop withdraws its announcement: only before anything was counted (409 naming {@code status}). */
  void cancel(Instant now) {
    if (status != InboundStatus.ANNOUNCED) {
      throw ProblemException.conflict("status", "a shipment can be cancelled only while ANNOUNCED; it is " + status);
    }
    status = InboundStatus.CANCELLED;
    updatedAt = now;
  }

  /**
   * Counts {@code qty} scanned units of {@code sku}/{@code lot}, good or damaged, against their
   * line; a SKU or lot not announced gets a new line with nothing expected.
   *
   * @return the line counted
   */
  InboundLine count(String sku, String lot, LocalDate expiry, int qty, boolean damaged, Instant now) {
    requireReceivable();
    InboundLine line = line(sku, lot).orElseGet(() -> {
      InboundLine added = new InboundLine(this, lines.size(), sku, lot, expiry, false, 0);
      lines.add(added);
      return added;
    });
    line.count(qty, damaged);
    status = InboundStatus.RECEIVING;
    updatedAt = now;
    return line;
  }

  /** The dock is done with this shipment: what was not counted is short from now on. */
  void close(Instant now) {
    requireReceivable();
    status = InboundStatus.RECEIVED;
    closedAt = now;
    updatedAt = now;
  }

  /** {@code qty} good units of the line were put on a shelf. */
  InboundLine putAway(String sku, String lot, int qty, Instant now) {
    if (status != InboundStatus.RECEIVING && status != InboundStatus.RECEIVED) {
      throw ProblemException.conflict("status", "nothing of this shipment was received; it is " + status);
    }
    InboundLine line = line(sku, lot).orElseThrow(() -> ProblemException.conflict("barcode", "nothing of " + sku + " was received on this shipment"));
    line.putAway(qty);
    updatedAt = now;
    return line;
  }

  /** Units waiting at the dock for putaway, per line. */
  List<InboundLine> awaitingPutaway() {
    return lines.stream().filter(l -> l.awaitingPutaway() > 0).toList();
  }

  /** The lines of {@code sku} (any lot): to find which lot a scan meant. */
  List<InboundLine> linesOf(String sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).toList();
  }

  Optional<InboundLine> line(String sku, String lot) {
    return lines.stream().filter(l -> l.sku().equals(sku) && l.lot().equals(lot)).findFirst();
  }

  /** Open shipments still have units on their way: expected and not yet counted. */
  boolean open() {
    return status == InboundStatus.ANNOUNCED || status == InboundStatus.RECEIVING;
  }

  private void requireReceivable() {
    if (!open()) {
      throw ProblemException.conflict("status", "this shipment is " + status + " and takes no more counts");
    }
  }

  UUID id() { return id; }
  String code() { return code; }
  String reference() { return reference; }
  InboundStatus status() { return status; }
  LocalDate expectedOn() { return expectedOn; }
  Instant createdAt() { return createdAt; }
  Instant closedAt() { return closedAt; }
  List<InboundLine> lines() { return List.copyOf(lines); }
  long version() { return version; }
}
