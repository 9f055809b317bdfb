package com.fulfil.picking;

import com.fulfil.tenancy.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * A storekeeper released these orders of a shop for picking, in wave {@code waveCode}. Fired
 * synchronously in the releasing transaction: the orders' move to PICKING commits or rolls back
 * together with the wave.
 */
public record WaveReleased(TenantId tenant, UUID waveId, String waveCode, List<UUID> orderIds) {}
