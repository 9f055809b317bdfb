package com.fulfil.handover;

/** OPEN while parcels are scanned onto it; CLOSED once handed to the carrier. */
public enum ManifestStatus {
  OPEN,
  CLOSED
}
