package com.fulfil.picking;

/** A list waits for a picker (OPEN), is being picked (CLAIMED), or is done and in its tote (PICKED). */
public enum PickListStatus {
  OPEN,
  CLAIMED,
  PICKED
}
