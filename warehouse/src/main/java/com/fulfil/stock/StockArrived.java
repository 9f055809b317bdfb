package com.fulfil.stock;

import com.fulfil.tenancy.TenantId;
import java.util.Set;

/**
 * Fact: units of these SKUs of a shop were just placed in a storage bin (putaway, or an adjustment
 * into a shelf), so they are available from now on. Fired synchronously in the transaction that
 * moved them, so that waiting (backordered) orders can be allocated in the same transaction.
 */
public record StockArrived(TenantId tenant, Set<String> skus) {}
