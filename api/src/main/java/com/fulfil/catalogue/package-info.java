/**
 * Catalogue: each shop's SKUs with barcodes (EAN-13 or Code-128, unique within the shop), weight,
 * dimensions, price in the shop's currency, and whether lots/expiry are tracked. Create, update,
 * read, search with cursor paging, delete, and all-or-nothing CSV import.
 */
package com.fulfil.catalogue;
