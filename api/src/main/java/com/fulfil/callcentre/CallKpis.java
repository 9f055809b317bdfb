package com.fulfil.callcentre;

import com.fulfil.callcentre.CallKpiView.OperatorKpi;
import com.fulfil.callcentre.CallKpiView.Ratio;
import com.fulfil.callcentre.CallKpiView.TenantKpi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Computes {@link CallKpiView} from the rows ({@link CallQueueRepository.KpiFact}: one per
 * confirmation task received in the period and each of its order's attempts). Pure, so that each
 * figure can be traced to rows and checked by hand; the definitions are on {@link CallKpiView}.
 */
final class CallKpis {

  static final Duration WITHIN = Duration.ofHours(1);

  private CallKpis() {}

  /** One order of the period and its confirmation attempts, earliest first. */
  record OrderCalls(String tenant, UUID orderId, Instant receivedAt, Instant dueAt, List<CallQueueRepository.KpiFact> attempts) {

    CallQueueRepository.KpiFact first() {
      return attempts.isEmpty() ? null : attempts.get(0);
    }

    Long secondsToFirstCall() {
      return attempts.isEmpty() ? null : Duration.between(receivedAt, first().startedAt()).toSeconds();
    }

    boolean calledWithinHour() {
      return !attempts.isEmpty() && !first().startedAt().isAfter(receivedAt.plus(WITHIN));
    }

    boolean breached(Instant asOf) {
      return attempts.isEmpty() ? asOf.isAfter(dueAt) : first().startedAt().isAfter(dueAt);
    }

    CallQueueRepository.KpiFact deciding() {
      return attempts.stream().filter(CallQueueRepository.KpiFact::closesTask).findFirst().orElse(null);
    }
  }

  static CallKpiView compute(Instant from, Instant to, String tenant, Instant asOf, List<CallQueueRepository.KpiFact> facts) {
    List<OrderCalls> orders = orders(facts);
    Map<String, List<OrderCalls>> byTenant = new TreeMap<>();
    orders.forEach(o -> byTenant.computeIfAbsent(o.tenant(), k -> new ArrayList<>()).add(o));
    List<TenantKpi> tenants = new ArrayList<>();
    byTenant.forEach((t, list) -> tenants.add(tenant(t, list, asOf)));

    Set<String> operatorNames = new java.util.TreeSet<>();
    orders.forEach(o -> o.attempts().forEach(a -> operatorNames.add(a.operator())));
    List<OperatorKpi> operators = operatorNames.stream().map(op -> operator(op, orders, asOf)).toList();
    return new CallKpiView(from, to, tenant, asOf, tenants, operators);
  }

  static List<OrderCalls> orders(List<CallQueueRepository.KpiFact> facts) {
    Map<String, List<CallQueueRepository.KpiFact>> grouped = new LinkedHashMap<>();
    for (CallQueueRepository.KpiFact f : facts) {
      grouped.computeIfAbsent(f.tenant().value() + "/" + f.orderId(), k -> new ArrayList<>()).add(f);
    }
    List<OrderCalls> orders = new ArrayList<>();
    for (List<CallQueueRepository.KpiFact> rows : grouped.values()) {
      CallQueueRepository.KpiFact head = rows.get(0);
      List<CallQueueRepository.KpiFact> attempts =
          rows.stream()
              .filter(r -> r.attemptId() != null)
              .sorted(Comparator.comparing(CallQueueRepository.KpiFact::startedAt).thenComparing(CallQueueRepository.KpiFact::attemptId))
              .toList();
      orders.add(new OrderCalls(head.tenant().value(), head.orderId(), head.receivedAt(), head.dueAt(), attempts));
    }
    return orders;
  }

  private static TenantKpi tenant(String tenant, List<OrderCalls> orders, Instant asOf) {
    List<Long> seconds = new ArrayList<>();
    long within = 0;
    long confirmed = 0;
    long decided = 0;
    long attempts = 0;
    long breaches = 0;
    for (OrderCalls o : orders) {
      if (o.secondsToFirstCall() != null) {
        seconds.add(o.secondsToFirstCall());
      }
      within += o.calledWithinHour() ? 1 : 0;
      CallQueueRepository.KpiFact deciding = o.deciding();
      if (deciding != null) {
        decided++;
        confirmed += deciding.outcome() == CallOutcome.CONFIRMED ? 1 : 0;
      }
      attempts += o.attempts().size();
      breaches += o.breached(asOf) ? 1 : 0;
    }
    return new TenantKpi(
        tenant, orders.size(), seconds.size(), percentile(seconds, 50), percentile(seconds, 90),
        Ratio.of(within, orders.size()), Ratio.of(confirmed, decided), attempts,
        CallKpiView.perOrder(attempts, seconds.size()), breaches);
  }

  private static OperatorKpi operator(String operator, List<OrderCalls> orders, Instant asOf) {
    long attempts = 0;
    Set<String> called = new HashSet<>();
    List<Long> seconds = new ArrayList<>();
    long within = 0;
    long breaches = 0;
    long confirmed = 0;
    long decided = 0;
    for (OrderCalls o : orders) {
      for (CallQueueRepository.KpiFact a : o.attempts()) {
        if (!a.operator().equals(operator)) {
          continue;
        }
        attempts++;
        called.add(o.tenant() + "/" + o.orderId());
        if (a.closesTask()) {
          decided++;
          confirmed += a.outcome() == CallOutcome.CONFIRMED ? 1 : 0;
        }
      }
      if (o.first() != null && o.first().operator().equals(operator)) {
        seconds.add(o.secondsToFirstCall());
        within += o.calledWithinHour() ? 1 : 0;
        breaches += o.breached(asOf) ? 1 : 0;
      }
    }
    return new OperatorKpi(
        operator, attempts, called.size(), CallKpiView.perOrder(attempts, called.size()), seconds.size(),
        percentile(seconds, 50), percentile(seconds, 90), Ratio.of(within, seconds.size()), Ratio.of(confirmed, decided),
        breaches);
  }

  /** Nearest-rank percentile: the value at rank ceil(p/100 × n) of the sorted values; null for none. */
  static Long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (p * sorted.size() + 99) / 100; // ceil in integers: 0.9 × 10 is exactly 9
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
