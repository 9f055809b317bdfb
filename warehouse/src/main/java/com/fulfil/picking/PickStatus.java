package com.fulfil.picking;

/** Where one pick stands: still to do, picked in full, or short (an exception was raised). */
public enum PickStatus {
  OPEN,
  PICKED,
  SHORT
}
