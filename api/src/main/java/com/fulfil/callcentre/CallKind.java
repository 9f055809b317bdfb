package com.fulfil.callcentre;

/** Why a buyer is called. */
public enum CallKind {
  /** Confirm a new order with the buyer. */
  CONFIRMATION,
  /** Remind the buyer of a courier delivery three hours before its slot. */
  PRE_DELIVERY
}
