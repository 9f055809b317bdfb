package com.fulfil.stock;

/** Why stock moved: the code of every journal row. */
public enum MovementReason {
  /** Goods arrived and were scanned at the dock (from outside to the dock or quarantine). */
  RECEIPT,
  /** Received goods were put on a shelf (dock to a storage bin). */
  PUTAWAY,
  /** A storekeeper corrected the count (from or to outside), with a stated reason. */
  ADJUSTMENT,
  /** Goods moved between bins of the warehouse. */
  RELOCATION,
  /** A picker took reserved units out of a bin into an order's tote (out of the warehouse's stock). */
  PICK
}
