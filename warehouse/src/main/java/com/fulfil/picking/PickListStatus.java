package com.fulfil.picking;

/**
 * A list waits for a picker (OPEN), is being picked (CLAIMED), is done and in its tote (PICKED),
 * or was taken back by a storekeeper before anyone started it (CANCELLED; its order can be released again).
 */
public enum PickListStatus {
  OPEN,
  CLAIMED,
  PICKED,
  CANCELLED
}
