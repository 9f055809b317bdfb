package com.fulfil.order;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When the buyer wants the parcel: a date and optionally a slot, in the buyer's local time. All null
 * when the buyer has no wish; a slot never comes without a date, and starts before it ends.
 */
record Schedule(LocalDate date, LocalTime slotFrom, LocalTime slotTo) {
  static final Schedule NONE = new Schedule(null, null, null);
}
