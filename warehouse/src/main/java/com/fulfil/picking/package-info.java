/**
 * Picking (issue 4): storekeepers release a shop's ALLOCATED orders in waves (earliest carrier
 * cut-off first, then the buyer's delivery date, then age); each order becomes a pick list with a
 * tote, its picks (from the order's stock reservations) in walking order. A picker claims the next
 * list of any shop (FOR UPDATE SKIP LOCKED in a SECURITY DEFINER function: the one cross-tenant act)
 * and confirms each pick by scanning the bin, the item, then the quantity; a wrong scan is refused
 * at once and logged. A pick consumes its reservation and moves the units out of the bin (PICK). A
 * short pick raises a {@link com.fulfil.picking.PickException} for the storekeeper, who closes it
 * with a note or re-picks: the missing units are reserved in other bins and added to the same list,
 * which goes back to the pickers' queue (a picked list can so become OPEN again). When all of an
 * order's picks are done, {@link com.fulfil.picking.OrderPicked} is fired; the list keeps the tote
 * so that packing finds the order by it, and packing takes it only when nothing is missing.
 *
 * <p>Orders live in the api module: this context asks them through {@link
 * com.fulfil.picking.AllocatedOrders} and announces {@link com.fulfil.picking.WaveReleased}, which
 * the api's fulfilment wiring turns into ALLOCATED → PICKING. A storekeeper may cancel a list no
 * picker has started ({@link com.fulfil.picking.PickListCancelled}: the order goes back to
 * ALLOCATED with its reservations, and a later wave releases it with a new list).
 */
package com.fulfil.picking;
