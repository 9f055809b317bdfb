package com.fulfil.packing;

/** OPEN at the station while items are scanned in; PACKED once closed with box and weight; HANDED_OVER to the carrier. */
public enum ParcelStatus {
  OPEN,
  PACKED,
  HANDED_OVER
}
