package com.fulfil.picking;

import com.fulfil.tenancy.TenantId;
import java.util.UUID;

/**
 * Every pick of the order is done (picked or short with an exception raised); its goods are in
 * {@code tote}. The order stays PICKING until packing. Fired in the transaction of the last pick.
 */
public record OrderPicked(TenantId tenant, UUID orderId, String tote) {}
