package com.fulfil.order;

import com.fulfil.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * Fact: an order moved from one status to another (its first event has {@code from == null}).
 * Fired synchronously inside the transaction that made the change, so observers that write (the
 * webhook outbox, call tasks) commit or roll back together with the order. {@code sequence} is the
 * order's event number, 1-based and gap-free per order.
 */
public record OrderStatusChanged(
    TenantId tenant,
    UUID orderId,
    String externalNumber,
    OrderStatus from,
    OrderStatus to,
    String reason,
    String actor,
    Instant at,
    long sequence) {}
