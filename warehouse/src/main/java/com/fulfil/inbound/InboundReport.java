package com.fulfil.inbound;

import com.fulfil.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A storekeeper's report on a shipment of what could not be counted: items with an unknown barcode. */
@Entity
@Table(name = "wh_asn_report")
public class InboundReport extends TenantOwned {

  @Id private UUID id;

  @Column(name = "asn_id")
  private UUID shipmentId;

  private String kind;
  private String barcode;
  private int qty;
  private String note;
  private String actor;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  protected InboundReport() {}

  InboundReport(UUID shipmentId, String barcode, int qty, String note, String actor, Instant at) {
    this.id = UUID.randomUUID();
    this.shipmentId = shipmentId;
    this.kind = "UNKNOWN_BARCODE";
    this.barcode = barcode;
    this.qty = qty;
    this.note = note;
    this.actor = actor;
    this.occurredAt = at;
  }

  UUID shipmentId() { return shipmentId; }
  String kind() { return kind; }
  String barcode() { return barcode; }
  int qty() { return qty; }
  String note() { return note; }
  String actor() { return actor; }
  Instant occurredAt() { return occurredAt; }
}
