package com.fulfil.callcentre;

/** What came of one call, as the operator records it. */
public enum CallOutcome {
  CONFIRMED,
  CANCELLED,
  UNREACHABLE,
  CALL_BACK
}
