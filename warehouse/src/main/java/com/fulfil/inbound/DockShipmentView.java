package com.fulfil.inbound;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;

/**
 * A shipment on the dock's list (any shop): {@code {"code": "ASN.alfa.7K3M9Q2XAB", "tenant":
 * "alfa", "reference": "PO-2026-117", "status": "RECEIVING", "expectedOn": "2026-02-03",
 * "expectedUnits": 120, "receivedUnits": 40, "awaitingPutaway": 40}}. Received units count good and
 * damaged ones; awaiting putaway are good units still at the dock.
 */
@JsonbNillable
public record DockShipmentView(
    String code,
    String tenant,
    String reference,
    InboundStatus status,
    LocalDate expectedOn,
    int expectedUnits,
    int receivedUnits,
    int awaitingPutaway) {}
