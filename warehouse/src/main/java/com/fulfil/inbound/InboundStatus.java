package com.fulfil.inbound;

/** Where an inbound shipment is: announced, being counted at the dock, counted and closed, or cancelled. */
public enum InboundStatus {
  ANNOUNCED,
  RECEIVING,
  RECEIVED,
  CANCELLED
}
