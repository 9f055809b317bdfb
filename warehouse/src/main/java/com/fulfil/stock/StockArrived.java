package com.fulfil.stock;

import com.fulfil.tenancy.TenantId;
import java.util.Set;

/**
 * Fact: units of these SKUs of a shop were just placed in a storage bin (putaway, or an adjustment
 * into a shelf), so they are available from now on. Fired synchronously in the transaction that
 * moved them; observers that act on it (retrying backordered orders) do so once it has committed.
 */
public record StockArrived(TenantId tenant, Set<String> skus) {}
