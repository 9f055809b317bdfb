package com.fulfil.layout;

import java.util.UUID;

/**
 * A bin: {@code {"id": "...", "barcode": "BIN-A-01-03-2-B", "address": "A-01-03-2-B", "zone": "A",
 * "kind": "STORAGE", "aisle": "01", "rack": "03", "shelf": "2", "position": "B", "sequence": 1030}}.
 */
public record BinView(
    UUID id,
    String barcode,
    String address,
    String zone,
    ZoneKind kind,
    String aisle,
    String rack,
    String shelf,
    String position,
    int sequence) {

  static BinView of(Bin b) {
    return new BinView(
        b.id(), b.barcode(), b.address(), b.zone().code(), b.zone().kind(), b.aisle(), b.rack(), b.shelf(),
        b.position(), b.sequence());
  }
}
