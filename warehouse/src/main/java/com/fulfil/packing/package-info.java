/**
 * Packing (issue 4): at a station the packer scans a picked order's tote, which opens the order's
 * parcel expecting exactly the units picked into it; then every unit is scanned into the box. A unit
 * the order does not want (unknown barcode, another item, one too many) is recorded as extra and
 * must be scanned out again; while anything is missing or extra the parcel cannot close. Closing
 * records the box and the weight, copies the COD the label shows, and fires {@link
 * com.fulfil.packing.ParcelPacked}, which the api's fulfilment wiring turns into PICKING → PACKED in
 * the same transaction. The parcel's number (PCL + nine digits) is its barcode; handover scans it.
 *
 * <p>Packers carry no tenant: the tote and the parcel id lead to the shop through SECURITY DEFINER
 * functions (V10, V12); each act then runs as that shop (PlatformScope.runAs, audited). The order's
 * data comes through {@link com.fulfil.packing.ParcelOrders}, implemented in the api module.
 */
package com.fulfil.packing;
