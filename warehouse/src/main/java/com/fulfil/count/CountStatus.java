package com.fulfil.count;

/**
 * Where a count is: bins being counted; all counted with a variance, waiting for a second person;
 * approved and adjusted; or closed without a variance.
 */
public enum CountStatus {
  COUNTING,
  AWAITING_APPROVAL,
  ADJUSTED,
  CLOSED
}
