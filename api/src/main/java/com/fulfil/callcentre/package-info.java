/**
 * The call-centre (issue 3, DESIGN §3): confirmation calls within the hour, pre-delivery reminders,
 * operators' outcomes, supervisors' scripts, audits and KPIs. Owns the tables {@code cc_call_task},
 * {@code cc_call_attempt}, {@code cc_call_script}, {@code cc_call_audit} and {@code
 * cc_call_audit_item}.
 *
 * <p><b>Tasks.</b> {@link com.fulfil.callcentre.CallTaskPlanner} observes {@code OrderStatusChanged}
 * in the order's own transaction: AWAITING_CONFIRMATION opens a confirmation task (due an hour after
 * receipt, moved into the shop's calling window in the buyer's zone), CONFIRMED of a courier
 * delivery with a slot opens a reminder due three hours before the slot, later states close what is
 * pointless. All call-time arithmetic is in {@code CallSchedule}.
 *
 * <p><b>Across shops, safely.</b> Call tasks are tenant-owned rows with forced row-level security,
 * like every shop's data, yet an operator (no tenant) must pull the most urgent call of any shop.
 * We chose SECURITY DEFINER functions owned by the owning role over widening the application
 * role's view (e.g. an extra RLS policy keyed on a session setting, which any code of the
 * application could set): {@code cc_claim_next_call} claims one task with {@code FOR UPDATE SKIP
 * LOCKED} and returns only its id and shop, {@code cc_claimed_task_tenant} tells the shop of a task
 * the operator holds, {@code cc_kpi_facts} returns ids, times, operators and outcomes for KPIs. None
 * of them returns buyer data, and the application role can do nothing else across shops. Having
 * the shop, {@link com.fulfil.callcentre.CallService} binds it with {@code PlatformScope.runAs}
 * (an audit row per act) and reads task, order and script under RLS, changing the order through
 * {@code OrderService}. Supervisors name the shop in the path and work the same way. The only
 * Java entry to these functions is {@link com.fulfil.callcentre.CallQueueRepository}, whose
 * methods end in {@code AcrossTenants}.
 *
 * <p><b>The queue at scale.</b> The claim walks the partial index {@code cc_call_task_queue
 * (priority_at, available_at, id) WHERE state = 'OPEN'} from its most urgent entry, bounded by
 * {@code priority_at <= now + 1 h} (a check constraint guarantees nothing callable lies beyond),
 * and stops at the first callable row. Closed tasks are not in the index; tasks in front that are
 * not callable yet (night orders, retries not due) are skipped inside the index by {@code
 * available_at <= now}; only live claims and buyers whose window has just closed cost heap reads.
 * Checked with EXPLAIN ANALYZE on 100,000 open + 300,000 closed tasks of 50 shops, plus 20,000 night
 * orders queued in front: an index scan of {@code cc_call_task_queue} reading 2 rows after skipping
 * 30 live claims, 1.7–8 ms on a heavily loaded 2-core box (a benchmark under infra/bench is to
 * give the p99).
 * Claims expire ({@code claimed_until}, default 10 minutes): an abandoned call returns to the queue
 * by itself, counted in {@code abandoned_claims}; no timer is involved.
 *
 * <p><b>Stock.</b> The operator sees each line's stock and substitutes through {@link
 * com.fulfil.callcentre.StockAvailability}, answered from the warehouse's stock and the catalogue's
 * substitutes by {@code com.fulfil.fulfilment.WarehouseStock}.
 *
 * <p><b>Unreachable.</b> Tries at +15 min, +1 h, +3 h and the next day; after the fifth unanswered
 * confirmation call the order goes to UNREACHABLE_HOLD and {@link
 * com.fulfil.callcentre.BuyerUnreachable} is fired for the notifications context to tell the shop.
 */
package com.fulfil.callcentre;
