package com.fulfil.count;

import static com.fulfil.sql.NativeRows.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counts of the tenant bound to the transaction (EclipseLink and RLS scope them). */
@ApplicationScoped
public class CountRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<StockCount> find(UUID id) {
    return Optional.ofNullable(em.find(StockCount.class, id));
  }

  Optional<StockCount> byCode(String code) {
    return em.createQuery("select c from StockCount c where c.code = :code", StockCount.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The count with this code, locked for this transaction: two counters' tallies queue. */
  Optional<StockCount> lockByCode(String code) {
    return em.createQuery("select c from StockCount c where c.code = :code", StockCount.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  /** Newest first, keyset by (created_at, id). */
  List<StockCount> list(Instant beforeAt, UUID beforeId, int max) {
    String jpql = "select c from StockCount c"
        + (beforeAt == null ? "" : " where (c.createdAt < :at or (c.createdAt = :at and c.id < :id))")
        + " order by c.createdAt desc, c.id desc";
    var q = em.createQuery(jpql, StockCount.class);
    if (beforeAt != null) {
      q.setParameter("at", beforeAt).setParameter("id", beforeId);
    }
    return q.setMaxResults(max).getResultList();
  }

  List<CountLine> lines(UUID countId) {
    return em.createQuery(
            "select l from CountLine l where l.countId = :id order by l.round, l.countedAt, l.sku, l.lot", CountLine.class)
        .setParameter("id", countId)
        .getResultList();
  }

  List<CountDecision> decisions(UUID countId) {
    return em.createQuery("select d from CountDecision d where d.countId = :id order by d.round", CountDecision.class)
        .setParameter("id", countId)
        .getResultList();
  }

  boolean tenantExists(String tenant) {
    return !em.createNativeQuery("select 1 from tenant where id = ?1").setParameter(1, tenant).getResultList().isEmpty();
  }

  /** Open counts of every shop, through the owner's SECURITY DEFINER function (V11). */
  List<OpenCountView> openAcrossTenants(int max) {
    List<?> rows =
        em.createNativeQuery(
                "select code, tenant_id, status, bins, counted_bins, created_at from wh_open_counts_across_tenants(?1)")
            .setParameter(1, max)
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> new OpenCountView(
            (String) r[0], (String) r[1], CountStatus.valueOf((String) r[2]), ((Number) r[3]).intValue(),
            ((Number) r[4]).intValue(), instant(r[5])))
        .toList();
  }

  void add(Object countLineOrDecision) {
    em.persist(countLineOrDecision);
  }

  void flush() {
    em.flush();
  }
}
