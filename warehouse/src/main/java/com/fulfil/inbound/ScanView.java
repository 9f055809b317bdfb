package com.fulfil.inbound;

/** The answer to a dock scan: the shipment's code and status, and its line as counted now. */
public record ScanView(String code, InboundStatus status, InboundShipmentView.LineView line) {}
