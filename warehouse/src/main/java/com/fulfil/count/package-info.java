/**
 * Cycle counts (issue 4): a storekeeper or supervisor lists bins of a shop to count; counters scan
 * each bin blind (they see bins, never what the books expect); each bin's tally is stored with the
 * books of that moment, and the variance is the difference. A count whose variances are all zero
 * closes by itself; any other waits for a supervisor or platform admin who counted none of its
 * bins: approving posts one ADJUSTMENT movement per variance through {@link
 * com.fulfil.stock.StockService#move} (reference {@code count:<code>}, a note naming counters,
 * approver and why), so stock on hand stays the sum of its movements; rejecting starts a new round
 * in which every bin is counted again. Staff act as the shop the count's code names (audited).
 */
package com.fulfil.count;
