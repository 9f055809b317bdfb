package com.fulfil.picking;

/** What a storekeeper did about a short pick. */
public enum ResolutionAction {
  /** Closed with a note saying what was done (counted the bin, spoke to the shop...). */
  CLOSE,
  /** The missing units are reserved in other bins and added to the order's list for a picker. */
  REPICK
}
