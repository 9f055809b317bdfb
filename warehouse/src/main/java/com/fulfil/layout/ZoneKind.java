package com.fulfil.layout;

/** What stock lying in a zone's bins means for orders. */
public enum ZoneKind {
  /** Shelves that orders are filled from: stock here is available. */
  STORAGE,
  /** The receiving dock: received goods waiting for putaway, not yet available. */
  RECEIVING,
  /** Damaged or held goods: on hand, but blocked for orders. */
  QUARANTINE
}
