package com.fulfil.callcentre;

import com.fulfil.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * Fact: the call-centre gave up reaching an order's buyer after {@code unansweredCalls} unanswered
 * calls. For a {@link CallKind#CONFIRMATION} call the order has been put on UNREACHABLE_HOLD in the
 * same transaction; for a {@link CallKind#PRE_DELIVERY} reminder the order is unchanged and the
 * delivery goes ahead unconfirmed. The shop is to be told (the notifications context observes this).
 * Fired synchronously inside the transaction that recorded the last attempt, with the order's
 * tenant bound, so an observer that writes (an outbox) commits or rolls back with it.
 */
public record BuyerUnreachable(
    TenantId tenant, UUID orderId, String externalNumber, CallKind kind, int unansweredCalls, Instant at) {}
