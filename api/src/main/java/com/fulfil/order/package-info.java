/**
 * Orders (issue 3): intake (REST single and batch, CSV), validation (SKUs of the shop's catalogue,
 * phone numbers to E.164, the buyer's time zone from the address), the order's state machine
 * ({@link com.fulfil.order.Lifecycle}) and its timeline of events, each announced as {@link
 * com.fulfil.order.OrderStatusChanged}. Owns the tables {@code ord_order}, {@code ord_order_line}
 * and {@code ord_order_event}. The call-centre confirms, cancels and holds orders through {@link
 * com.fulfil.order.OrderService}.
 */
package com.fulfil.order;
