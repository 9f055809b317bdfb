package com.fulfil.callcentre;

import static com.fulfil.sql.NativeRows.instant;
import static com.fulfil.sql.NativeRows.uuid;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The call-centre's only paths across shops, each one a SECURITY DEFINER function of the database
 * (V4__callcentre.sql, the claim as of V18) that hands back ids, times and a task's own scheduling
 * fields, never the buyer's name, phone or address. Everything else is then read under the task's
 * own tenant, bound with {@code PlatformScope.runAs} (audited).
 */
@ApplicationScoped
public class CallQueueRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /**
   * A claimed task, its shop and the task's row as the claim left it: what the call card shows of
   * the task, so that it is not read a second time.
   */
  record Claim(
      UUID taskId, TenantId tenant, UUID orderId, CallKind kind, int attempts, ZoneId buyerZone, Instant dueAt,
      Instant notAfter, Instant claimedAt, Instant claimedUntil) {}

  /**
   * One confirmation task received in the period with one of its order's confirmation attempts
   * (the attempt columns are null for an order nobody has called yet).
   */
  record KpiFact(
      TenantId tenant, UUID orderId, UUID taskId, Instant receivedAt, Instant dueAt, UUID attemptId, String operator,
      Instant startedAt, CallOutcome outcome, boolean closesTask) {}

  /**
   * The operator's next call across all shops, claimed until {@code now + lease}: the operator's own
   * live claim if there is one, else the most urgent callable task nobody holds (FOR UPDATE SKIP
   * LOCKED, walking the partial index {@code cc_call_task_queue}); empty when nothing is callable.
   */
  Optional<Claim> claimNextAcrossTenants(String operator, Instant now, Duration lease) {
    List<?> rows =
        em.createNativeQuery(
                "select claimed_task, claimed_tenant, order_id, kind, attempts, buyer_zone, due_at, not_after, claimed_at,"
                    + " claimed_until from cc_claim_next_call(?1, cast(?2 as timestamptz), cast(?3 as interval))")
            .setParameter(1, operator)
            .setParameter(2, now.toString())
            .setParameter(3, lease.toSeconds() + " seconds")
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Claim(
        uuid(r[0]), new TenantId((String) r[1]), uuid(r[2]), CallKind.valueOf((String) r[3]), ((Number) r[4]).intValue(),
        ZoneId.of((String) r[5]), instant(r[6]), instant(r[7]), instant(r[8]), instant(r[9])));
  }

  /** The shop of an open task that {@code operator} holds; empty if the operator does not hold it. */
  Optional<TenantId> tenantOfHeldTaskAcrossTenants(UUID taskId, String operator) {
    Object tenant =
        em.createNativeQuery("select cc_claimed_task_tenant(cast(?1 as uuid), ?2)")
            .setParameter(1, taskId.toString())
            .setParameter(2, operator)
            .getSingleResult();
    return tenant == null ? Optional.empty() : Optional.of(new TenantId((String) tenant));
  }

  /** The KPI facts of confirmation tasks received in {@code [from, to)}, of one shop or (null) all. */
  List<KpiFact> kpiFactsAcrossTenants(Instant from, Instant to, TenantId tenant) {
    List<?> rows =
        em.createNativeQuery(
                "select tenant_id, order_id, task_id, received_at, due_at, attempt_id, operator, started_at, outcome,"
                    + " closes_task from cc_kpi_facts(cast(?1 as timestamptz), cast(?2 as timestamptz), cast(?3 as text))")
            .setParameter(1, from.toString())
            .setParameter(2, to.toString())
            .setParameter(3, tenant == null ? null : tenant.value())
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> new KpiFact(
            new TenantId((String) r[0]), uuid(r[1]), uuid(r[2]), instant(r[3]), instant(r[4]),
            r[5] == null ? null : uuid(r[5]), (String) r[6], instant(r[7]),
            r[8] == null ? null : CallOutcome.valueOf((String) r[8]), Boolean.TRUE.equals(r[9])))
        .toList();
  }
}
