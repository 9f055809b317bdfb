package com.fulfil.picking;

import com.fulfil.tenancy.TenantId;
import java.util.UUID;

/**
 * A storekeeper cancelled the order's pick list before any pick: the order is no longer being
 * picked and keeps its reservations. Fired synchronously in the cancelling transaction: the
 * order's move back to ALLOCATED commits or rolls back together with the list's cancellation.
 */
public record PickListCancelled(TenantId tenant, UUID listId, UUID orderId, String reason) {}
