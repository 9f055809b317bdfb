package com.fulfil.order;

import java.time.Instant;
import java.util.Set;

/** Checked filters of the order list; an empty status set or a null means "any". */
record OrderSearch(Set<OrderStatus> statuses, Instant receivedFrom, Instant receivedTo, String phone, String externalNumber) {}
