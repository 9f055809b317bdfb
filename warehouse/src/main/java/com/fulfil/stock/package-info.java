/**
 * Stock (issue 4, not built yet): stock per owner in bins, movements, allocation. This module holds
 * the warehouse contexts (layout, stock, inbound, picking, packing, handover) as they are built.
 */
package com.fulfil.stock;
