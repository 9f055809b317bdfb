/**
 * Inbound (issue 4): shipments a shop announces (ASN: advance shipping notice) and their receipt.
 * The shop announces lines (SKU, quantity, lot/expiry where tracked), lists, reads and cancels its
 * shipments; storekeepers scan the shipment's code at the dock, scan every item (counted against
 * the lines; damaged units go to quarantine), report what cannot be counted (an unknown barcode),
 * close the receipt, and put the goods away to a suggested bin by scanning the bin. Short, over,
 * damaged and unknown-barcode discrepancies are shown to the shop on the shipment. Owns {@code
 * wh_asn}, {@code wh_asn_line}, {@code wh_asn_report}.
 */
package com.fulfil.inbound;
