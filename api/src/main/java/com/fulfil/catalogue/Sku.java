package com.fulfil.catalogue;

import com.fulfil.money.Money;
import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A stock-keeping unit of one shop. */
@Entity
@Table(name = "cat_sku")
public class Sku extends TenantOwned {

  @Id private UUID id;
  private String sku;
  private String name;

  // Batch-fetched: the barcodes of all SKUs a query finds come in one more query, not one per SKU.
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "cat_sku_barcode", joinColumns = @JoinColumn(name = "sku_id"))
  @Column(name = "barcode")
  @OrderBy
  private List<String> barcodes = new ArrayList<>();

  /**
   * Analogues to offer when this SKU is short, by SKU code, in the shop's order of preference. Read
   * only where they are shown (views, the call-centre's offer), for a page of SKUs in one query:
   * the warehouse's reads of a SKU (every scan) never load them.
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "cat_sku_substitute", joinColumns = @JoinColumn(name = "sku_id"))
  @OrderColumn(name = "position")
  @Column(name = "substitute_sku")
  private List<String> substitutes = new ArrayList<>();

  @Column(name = "weight_grams")
  private int weightGrams;

  @Column(name = "length_mm")
  private int lengthMm;

  @Column(name = "width_mm")
  private int widthMm;

  @Column(name = "height_mm")
  private int heightMm;

  @Column(name = "price_minor")
  private long priceMinor;

  private String currency;

  @Column(name = "expiry_tracked")
  private boolean expiryTracked;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Sku() {}

  static Sku create(SkuRequest r, String currency, Instant now) {
    Sku s = new Sku();
    s.id = UUID.randomUUID();
    s.createdAt = now;
    s.revise(r, currency, now);
    return s;
  }

  /** Takes the shop's new statement of this SKU. The currency is always the shop's. */
  void revise(SkuRequest r, String currency, Instant now) {
    sku = r.sku().trim();
    name = r.name().trim();
    barcodes.clear();
    barcodes.addAll(r.barcodeList());
    if (r.substitutes() != null) {
      substitutes.clear();
      substitutes.addAll(r.substituteList());
    }
    weightGrams = r.weightGrams();
    lengthMm = r.lengthMm();
    widthMm = r.widthMm();
    heightMm = r.heightMm();
    priceMinor = r.priceMinor();
    this.currency = currency;
    expiryTracked = Boolean.TRUE.equals(r.expiryTracked());
    updatedAt = now;
  }

  UUID id() { return id; }
  String sku() { return sku; }
  String name() { return name; }
  List<String> barcodes() { return List.copyOf(barcodes); }
  List<String> substitutes() { return List.copyOf(substitutes); }
  int weightGrams() { return weightGrams; }
  int lengthMm() { return lengthMm; }
  int widthMm() { return widthMm; }
  int heightMm() { return heightMm; }
  Money price() { return Money.ofMinor(priceMinor, currency); }
  boolean expiryTracked() { return expiryTracked; }
  long version() { return version; }
}
