/**
 * Stock (issue 4): each shop's goods in the warehouse's bins, per (owner, SKU, bin, lot/expiry).
 * Every change is a row of the movement journal ({@code wh_stock_movement}: who, when, why, from
 * which bin to which, how many), append-only for the application; the balances ({@code
 * wh_stock_balance}) are kept in the same transaction as each movement, and the view {@code
 * wh_stock_check} lists any balance that differs from the sum of its movements (it must be empty).
 * Shops read their stock live (on hand, reserved, blocked, awaiting putaway, available, inbound);
 * storekeepers adjust it with a reason. Allocation reserves balances for confirmed orders.
 *
 * <p>The catalogue lives in the api module; this context asks it through {@link
 * com.fulfil.stock.SkuCatalogue}, which the catalogue implements.
 */
package com.fulfil.stock;
