/**
 * Handover (issue 4): the dispatcher opens a carrier's manifest (one open per carrier), scans packed
 * parcels onto it by the number on their labels — a parcel of another carrier, an open parcel, or
 * one already on a manifest is refused — and closes it when the carrier takes them. The manifest is
 * the warehouse's, carrying parcels of many shops; closing therefore hands over each shop's parcels
 * in a transaction of that shop ({@link com.fulfil.handover.ManifestClosing}), firing {@link
 * com.fulfil.handover.ParcelsHandedOver}, which the api's fulfilment wiring turns into PACKED →
 * HANDED_TO_CARRIER. Parcels belong to packing; handover reaches them through {@link
 * com.fulfil.packing.Parcels}.
 */
package com.fulfil.handover;
