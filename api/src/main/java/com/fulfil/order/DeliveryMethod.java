package com.fulfil.order;

/** How the parcel travels (DESIGN §5): own courier, national post, parcel locker, or a carrier company. */
public enum DeliveryMethod {
  COURIER,
  POST,
  PARCEL_LOCKER,
  CARRIER
}
