package com.fulfil.packing;

import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One order's parcel at the packing station. It expects exactly the units picked into the order's
 * tote; each scan puts one unit in (or records it as extra), and it closes only when nothing is
 * missing and nothing extra is left in it. Then it carries its box, weight and the COD the label
 * shows, and waits for a manifest (handover).
 */
@Entity
@Table(name = "wh_parcel")
public class Parcel extends TenantOwned {

  @Id private UUID id;

  @Column(name = "list_id")
  private UUID listId;

  @Column(name = "order_id")
  private UUID orderId;

  @Column(name = "order_number")
  private String orderNumber;

  private String number;
  private String tote;

  @Column(name = "delivery_method")
  private String deliveryMethod;

  @Enumerated(EnumType.STRING)
  private ParcelStatus status;

  private String packer;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "packed_at")
  private Instant packedAt;

  private String box;

  @Column(name = "weight_grams")
  private Integer weightGrams;

  @Column(name = "cod_minor")
  private Long codMinor;

  private String currency;

  /** The code of the manifest it is on (handover), null until scanned onto one. */
  private String manifest;

  @Column(name = "manifested_at")
  private Instant manifestedAt;

  @Column(name = "handed_at")
  private Instant handedAt;

  @Version private long version;

  @OneToMany(mappedBy = "parcel", cascade = CascadeType.PERSIST)
  @OrderBy("sku")
  private List<ParcelLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "parcel", cascade = CascadeType.PERSIST)
  @OrderBy("barcode")
  private List<ParcelExtra> extras = new ArrayList<>();

  protected Parcel() {}

  /** A parcel for the units picked into {@code tote}: SKU → units. */
  Parcel(UUID listId, UUID orderId, String orderNumber, String number, String tote, String deliveryMethod,
      Map<String, Integer> picked, String packer, Instant now) {
    this.id = UUID.randomUUID();
    this.listId = listId;
    this.orderId = orderId;
    this.orderNumber = orderNumber;
    this.number = number;
    this.tote = tote;
    this.deliveryMethod = deliveryMethod;
    this.status = ParcelStatus.OPEN;
    this.packer = packer;
    this.openedAt = now;
    picked.forEach((sku, qty) -> lines.add(new ParcelLine(this, sku, qty)));
  }

  /** What a scan did: the unit went in as wanted (OK) or as one the order does not want (EXTRA). */
  enum ScanResult { OK, EXTRA }

  /**
   * One unit with {@code barcode} (of {@code sku}, null when the barcode is unknown) into the box.
   * 409 naming {@code barcode} once the parcel is closed.
   */
  ScanResult scan(String barcode, String sku) {
    requireOpen("barcode");
    Optional<ParcelLine> line = line(sku);
    if (line.isPresent() && line.get().addOne()) {
      return ScanResult.OK;
    }
    ParcelExtra extra = extras.stream().filter(e -> e.barcode().equals(barcode)).findFirst().orElseGet(() -> {
      ParcelExtra e = new ParcelExtra(this, barcode, sku);
      extras.add(e);
      return e;
    });
    extra.addOne();
    return ScanResult.EXTRA;
  }

  /**
   * One unit with {@code barcode} out of the box: an extra one first, else one of the order's.
   * 422 naming {@code barcode} when no such unit is in the box.
   */
  void remove(String barcode, String sku) {
    requireOpen("barcode");
    for (ParcelExtra e : extras) {
      if (e.barcode().equals(barcode) && e.removeOne()) {
        return;
      }
    }
    if (line(sku).map(ParcelLine::removeOne).orElse(false)) {
      return;
    }
    throw ProblemException.unprocessable("no unit with barcode " + barcode + " is in the parcel",
        List.of(Violation.field("barcode", "no unit with this barcode is in the parcel")));
  }

  /**
   * Closes the parcel in {@code box} at {@code weightGrams}, with the COD its label shows (null when
   * prepaid). 409 type parcel-incomplete naming {@code items} while anything is missing or extra.
   */
  void close(String box, int weightGrams, Long codMinor, String currency, Instant now) {
    requireOpen("status");
    if (missing() > 0 || extra() > 0) {
      String what = missing() + " missing, " + extra() + " extra";
      throw new ProblemException(409, "parcel-incomplete", "Parcel incomplete",
          "the parcel cannot close: " + what, List.of(Violation.field("items", what)));
    }
    this.box = box;
    this.weightGrams = weightGrams;
    this.codMinor = codMinor;
    this.currency = codMinor == null ? null : currency;
    this.packedAt = now;
    this.status = ParcelStatus.PACKED;
  }

  /** Scanned onto the manifest with this code (handover). */
  public void putOn(String manifest, Instant now) {
    this.manifest = manifest;
    this.manifestedAt = now;
  }

  /** Taken off its manifest before the manifest closed. */
  public void takeOff() {
    this.manifest = null;
    this.manifestedAt = null;
  }

  /** Given to the carrier with its closed manifest. */
  public void handOver(Instant now) {
    this.status = ParcelStatus.HANDED_OVER;
    this.handedAt = now;
  }

  int missing() {
    return lines.stream().mapToInt(ParcelLine::missing).sum();
  }

  int extra() {
    return extras.stream().mapToInt(ParcelExtra::qty).sum();
  }

  private Optional<ParcelLine> line(String sku) {
    return sku == null ? Optional.empty() : lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  private void requireOpen(String field) {
    if (status != ParcelStatus.OPEN) {
      throw ProblemException.conflict(field, "parcel " + number + " is already packed");
    }
  }

  public UUID id() {
    return id;
  }

  UUID listId() {
    return listId;
  }

  public UUID orderId() {
    return orderId;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String number() {
    return number;
  }

  String tote() {
    return tote;
  }

  public String deliveryMethod() {
    return deliveryMethod;
  }

  public ParcelStatus status() {
    return status;
  }

  String packer() {
    return packer;
  }

  Instant openedAt() {
    return openedAt;
  }

  Instant packedAt() {
    return packedAt;
  }

  String box() {
    return box;
  }

  Integer weightGrams() {
    return weightGrams;
  }

  Long codMinor() {
    return codMinor;
  }

  String currency() {
    return currency;
  }

  public String manifest() {
    return manifest;
  }

  List<ParcelLine> lines() {
    return lines;
  }

  List<ParcelExtra> extras() {
    return extras;
  }
}
