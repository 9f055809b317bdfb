package com.fulfil.callcentre;

import jakarta.json.bind.annotation.JsonbNillable;
import com.fulfil.order.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The call an operator claimed (answer of {@code POST /api/v1/ops/calls/next}): what to call
 * about, the shop's script, the order, each line's stock, the calls made so far, and until when
 * the claim holds. Times are UTC instants; amounts are minor units of {@code order.totals.currency}.
 *
 * <pre>{@code
 * {"taskId": "9b1c...", "kind": "CONFIRMATION",        // or PRE_DELIVERY
 *  "attempt": 2,                                       // the number this call will get
 *  "tenantId": "alfa", "tenantName": "Альфа-Маркет",
 *  "script": {"version": 3, "textRu": "Здравствуйте! ...", "textEn": "Hello! ..."},  // null: none yet
 *  "order": { ...the order as GET /api/v1/orders/{id} shows it (OrderView): id, externalNumber,
 *             status, buyer {name, phone, email, address, timeZone}, lines, totals,
 *             paymentForm, deliveryDate, slotFrom, slotTo, deliveryMethod, notes, receivedAt... },
 *  "lines": [{"sku": "TEA-1", "name": "Чай", "qty": 2,
 *             "stock": {"known": false, "availableQty": null, "source": "stock is not tracked ..."},
 *             "shortage": null,                         // true/false once stock is known
 *             "substitutes": null}],                    // list once stock is known and short
 *  "buyerLocalTime": "2025-03-01T10:05",              // the buyer's wall clock now
 *  "dueAt": "2025-03-01T07:00:00Z",                   // deadline of the first call (SLA)
 *  "notAfter": null,                                   // pre-delivery: the slot start
 *  "claimedAt": "2025-03-01T07:05:00Z", "claimedUntil": "2025-03-01T07:15:00Z",
 *  "previousAttempts": [ CallAttemptView... ]}
 * }</pre>
 *
 * A claim not followed by an outcome before {@code claimedUntil} lapses and the task goes back to
 * the queue; asking for the next call again before then returns this same call.
 */
@JsonbNillable
public record CallView(
    UUID taskId,
    CallKind kind,
    int attempt,
    String tenantId,
    String tenantName,
    Script script,
    OrderView order,
    List<LineStockView> lines,
    String buyerLocalTime,
    Instant dueAt,
    Instant notAfter,
    Instant claimedAt,
    Instant claimedUntil,
    List<CallAttemptView> previousAttempts) {

  /** The shop's current call script; {@code version} counts the supervisors' edits. */
  @JsonbNillable
  public record Script(int version, String textRu, String textEn) {}

  /**
   * One order line with what the warehouse can tell: {@code shortage} is null while the stock is
   * unknown; {@code substitutes} is null unless the stock is known and short.
   */
  @JsonbNillable
  public record LineStockView(
      String sku, String name, int qty, StockAvailability.StockView stock, Boolean shortage,
      List<StockAvailability.SubstituteView> substitutes) {}
}
