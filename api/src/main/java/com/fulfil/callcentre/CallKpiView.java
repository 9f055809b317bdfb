package com.fulfil.callcentre;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Call-centre KPIs of the orders received in {@code [from, to)} (answer of {@code GET
 * /api/v1/ops/callcentre/kpis}), per shop and per operator, computed by {@link CallKpis} from the
 * task and attempt rows (confirmation calls only). Durations are whole seconds; percentiles are
 * nearest-rank, so each is the value of one real order.
 *
 * <pre>{@code
 * {"from": "2025-03-01T00:00:00Z", "to": "2025-04-01T00:00:00Z", "tenant": "alfa", "asOf": "...",
 *  "tenants": [{"tenantId": "alfa", "orders": 4, "calledOrders": 3,
 *               "medianSecondsToFirstCall": 1800, "p90SecondsToFirstCall": 5400,
 *               "firstCallWithinHour": {"count": 2, "of": 4, "percent": 50.0},
 *               "confirmationRate": {"count": 1, "of": 2, "percent": 50.0},
 *               "attempts": 5, "attemptsPerOrder": 1.67, "slaBreaches": 2}],
 *  "operators": [{"operator": "operator", "attempts": 3, "ordersCalled": 2, "attemptsPerOrder": 1.50,
 *                 "firstCalls": 2, "medianSecondsToFirstCall": 1800, "p90SecondsToFirstCall": 5400,
 *                 "firstCallWithinHour": {"count": 1, "of": 2, "percent": 50.0},
 *                 "confirmationRate": {"count": 1, "of": 1, "percent": 100.0}, "slaBreaches": 1}]}
 * }</pre>
 *
 * Per shop, over its orders with a confirmation task received in the period:
 * <ul>
 *   <li>{@code orders}; {@code calledOrders}: those with at least one confirmation call.
 *   <li>time to first call: from receipt to the start (the claim) of the order's earliest
 *       confirmation call; median and p90 over the called orders (null when none).
 *   <li>{@code firstCallWithinHour}: orders first called at most 60 minutes after receipt, of all
 *       the orders (an order not called yet is not within the hour).
 *   <li>{@code confirmationRate}: orders whose deciding call was CONFIRMED, of the orders a call
 *       decided (confirmed, cancelled, or unreachable to the end of the retries).
 *   <li>{@code attempts}; {@code attemptsPerOrder}: confirmation calls per called order (2 decimals).
 *   <li>{@code slaBreaches}: orders first called after their due time (receipt + 1 h, moved into the
 *       buyer's calling window), or not called at all although the due time is past at {@code asOf}.
 * </ul>
 * Per operator, over the same orders: {@code attempts} the operator made on them, {@code
 * ordersCalled} (distinct), {@code attemptsPerOrder}; {@code firstCalls}: the orders whose first call
 * the operator made, with their time to first call, within-hour share and SLA breaches as above;
 * {@code confirmationRate}: of the operator's calls that decided an order, the CONFIRMED ones.
 * A {@code percent} is one decimal, half up; null when {@code of} is 0.
 */
@JsonbNillable
public record CallKpiView(
    Instant from, Instant to, String tenant, Instant asOf, List<TenantKpi> tenants, List<OperatorKpi> operators) {

  /** {@code count} of {@code of}, and the percentage with one decimal (null when {@code of} is 0). */
  @JsonbNillable
  public record Ratio(long count, long of, BigDecimal percent) {
    static Ratio of(long count, long of) {
      return new Ratio(
          count, of, of == 0 ? null : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP));
    }
  }

  @JsonbNillable
  public record TenantKpi(
      String tenantId,
      long orders,
      long calledOrders,
      Long medianSecondsToFirstCall,
      Long p90SecondsToFirstCall,
      Ratio firstCallWithinHour,
      Ratio confirmationRate,
      long attempts,
      BigDecimal attemptsPerOrder,
      long slaBreaches) {}

  @JsonbNillable
  public record OperatorKpi(
      String operator,
      long attempts,
      long ordersCalled,
      BigDecimal attemptsPerOrder,
      long firstCalls,
      Long medianSecondsToFirstCall,
      Long p90SecondsToFirstCall,
      Ratio firstCallWithinHour,
      Ratio confirmationRate,
      long slaBreaches) {}

  /** {@code count / of} with two decimals, half up; null when {@code of} is 0. */
  static BigDecimal perOrder(long count, long of) {
    return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
  }
}
