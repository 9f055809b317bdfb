/**
 * Layout (issue 4): the warehouse's zones and bins. A bin's address is zone, aisle, rack, shelf and
 * position ({@code A-01-03-2-B}); each bin has a scannable barcode and a place in the walking path.
 * Platform data (no tenant): the platform administrator creates it, one by one or by CSV import
 * (all or nothing); storekeepers, pickers and packers read it. Owns {@code wh_zone} and {@code
 * wh_bin}. Other contexts ask {@link com.fulfil.layout.LayoutService} for bins by barcode and in
 * walking order.
 */
package com.fulfil.layout;
