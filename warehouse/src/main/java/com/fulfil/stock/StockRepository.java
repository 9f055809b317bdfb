package com.fulfil.stock;

import static com.fulfil.sql.NativeRows.uuid;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Balances and movements of the tenant bound to the transaction (EclipseLink and RLS scope them). */
@ApplicationScoped
public class StockRepository {

  private static final String REFRESH = "eclipselink.refresh";

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /** One row of the stock read model: a balance with the kind of zone its bin lies in. */
  record Row(String sku, String lot, LocalDate expiry, String zoneKind, int onHand, int reserved, boolean inDoubt) {}

  /**
   * Makes sure the balance row exists (a concurrent creator of the same row is waited for, not
   * duplicated), without locking an existing one; locking is {@link #lock}'s job.
   */
  void ensureBalance(TenantId tenant, String sku, UUID binId, String lot, LocalDate expiry, Instant receivedAt) {
    em.createNativeQuery(
            "insert into wh_stock_balance (id, tenant_id, sku, bin_id, lot, expiry, on_hand, reserved, received_at, version)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), 0, 0, ?7, 1) on conflict (tenant_id, sku, bin_id, lot) do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, tenant.value())
        .setParameter(3, sku)
        .setParameter(4, binId)
        .setParameter(5, lot)
        .setParameter(6, expiry == null ? null : expiry.toString())
        .setParameter(7, Timestamp.from(receivedAt))
        .executeUpdate();
  }

  /**
   * The balances of {@code sku}/{@code lot} in these bins, locked for this transaction (FOR UPDATE)
   * in id order, so that two movements over the same rows queue instead of deadlocking, and freshly
   * read from the database.
   */
  List<StockBalance> lock(String sku, String lot, Collection<UUID> binIds) {
    em.flush();
    return em.createQuery(
            "select b from StockBalance b where b.sku = :sku and b.lot = :lot and b.binId in :bins order by b.id",
            StockBalance.class)
        .setParameter("sku", sku)
        .setParameter("lot", lot)
        .setParameter("bins", List.copyOf(binIds))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultList();
  }

  /**
   * The balances of these SKUs in storage bins that have free units, locked (FOR UPDATE, in id
   * order) and freshly read: what allocation may promise. Concurrent allocators of the same SKUs
   * queue here, and each sees what the one before it left.
   */
  List<StockBalance> lockAllocatable(Collection<String> skus) {
    em.flush();
    if (skus.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select b from StockBalance b where b.sku in :skus and b.onHand > b.reserved and b.inDoubtSince is null and b.binId in"
                + " (select bin.id from Bin bin where bin.zone.kind = com.fulfil.layout.ZoneKind.STORAGE)"
                + " order by b.id",
            StockBalance.class)
        .setParameter("skus", List.copyOf(skus))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultList();
  }

  /** These balances by id, locked (FOR UPDATE, in id order) and freshly read. */
  List<StockBalance> lockByIds(Collection<UUID> ids) {
    em.flush();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select b from StockBalance b where b.id in :ids order by b.id", StockBalance.class)
        .setParameter("ids", List.copyOf(ids))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultList();
  }

  /** The balances holding units in one bin, locked (FOR UPDATE, in id order) and freshly read. */
  List<StockBalance> lockIn(UUID binId) {
    em.flush();
    return em.createQuery(
            "select b from StockBalance b where b.binId = :bin and b.onHand > 0 order by b.id", StockBalance.class)
        .setParameter("bin", binId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultList();
  }

  /** The bound shop's balances in doubt, longest in doubt first. */
  List<StockBalance> inDoubt(int max) {
    return em.createQuery("select b from StockBalance b where b.inDoubtSince is not null order by b.inDoubtSince, b.id", StockBalance.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The balances in these bins that are in doubt, locked (FOR UPDATE, in id order). */
  List<StockBalance> lockInDoubt(Collection<UUID> binIds) {
    em.flush();
    if (binIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select b from StockBalance b where b.binId in :bins and b.inDoubtSince is not null order by b.id", StockBalance.class)
        .setParameter("bins", List.copyOf(binIds))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultList();
  }

  /** A lot's expiry as already stored for this SKU, if any balance of the lot exists. */
  List<LocalDate> expiriesOfLot(String sku, String lot) {
    return em.createQuery("select distinct b.expiry from StockBalance b where b.sku = :sku and b.lot = :lot", LocalDate.class)
        .setParameter("sku", sku)
        .setParameter("lot", lot)
        .getResultList();
  }

  /**
   * Appends a journal row. Written by SQL rather than persisted: EclipseLink binds a null UUID (the
   * "outside" side of a receipt or adjustment) as varchar, which PostgreSQL refuses for a uuid column.
   */
  void add(TenantId tenant, StockMovement m) {
    em.createNativeQuery(
            "insert into wh_stock_movement (id, tenant_id, sku, lot, expiry, from_bin_id, to_bin_id, qty, reason,"
                + " reference, note, actor, occurred_at) values (?1, ?2, ?3, ?4, cast(?5 as date), cast(?6 as uuid),"
                + " cast(?7 as uuid), ?8, ?9, ?10, ?11, ?12, ?13)")
        .setParameter(1, m.id())
        .setParameter(2, tenant.value())
        .setParameter(3, m.sku())
        .setParameter(4, m.lot())
        .setParameter(5, m.expiry() == null ? null : m.expiry().toString())
        .setParameter(6, m.fromBin() == null ? null : m.fromBin().toString())
        .setParameter(7, m.toBin() == null ? null : m.toBin().toString())
        .setParameter(8, m.qty())
        .setParameter(9, m.reason().name())
        .setParameter(10, m.reference())
        .setParameter(11, m.note())
        .setParameter(12, m.actor())
        .setParameter(13, Timestamp.from(m.occurredAt()))
        .executeUpdate();
  }

  void add(StockReservation reservation) {
    em.persist(reservation);
  }

  /** The order's promises not yet released. */
  List<StockReservation> activeReservations(UUID orderId) {
    return em.createQuery(
            "select r from StockReservation r where r.orderId = :order and r.releasedAt is null order by r.id",
            StockReservation.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  /** Promises of the SKU not yet released, newest first, before the keyset ({@code beforeAt}, {@code beforeId}) when given. */
  List<StockReservation> activeReservations(String sku, Instant beforeAt, UUID beforeId, int max) {
    String jpql = "select r from StockReservation r where r.sku = :sku and r.releasedAt is null"
        + (beforeAt == null ? "" : " and (r.reservedAt < :at or (r.reservedAt = :at and r.id < :id))")
        + " order by r.reservedAt desc, r.id desc";
    var q = em.createQuery(jpql, StockReservation.class).setParameter("sku", sku);
    if (beforeAt != null) {
      q.setParameter("at", beforeAt).setParameter("id", beforeId);
    }
    return q.setMaxResults(max).getResultList();
  }

  void flush() {
    em.flush();
  }

  /** Balance rows of these SKUs with the kind of zone they lie in, for the shop's stock view. */
  List<Row> rows(TenantId tenant, Collection<String> skus) {
    if (skus.isEmpty()) {
      return List.of();
    }
    em.flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select b.sku, b.lot, b.expiry, z.kind, b.on_hand, b.reserved, b.in_doubt_since is not null from wh_stock_balance b"
                    + " join wh_bin bin on bin.id = b.bin_id join wh_zone z on z.id = bin.zone_id"
                    + " where b.tenant_id = ?1 and b.sku = any(?2) and (b.on_hand > 0 or b.reserved > 0)"
                    + " order by b.sku, b.expiry nulls last, b.lot")
            .setParameter(1, tenant.value())
            .setParameter(2, skus.toArray(new String[0]))
            .getResultList();
    List<Row> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new Row(
          (String) r[0], (String) r[1], r[2] == null ? null : ((java.sql.Date) r[2]).toLocalDate(), (String) r[3],
          ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), Boolean.TRUE.equals(r[6])));
    }
    return out;
  }

  /** The balances of these SKUs that hold units, in any bin (for putaway and pick suggestions). */
  List<StockBalance> balancesOf(Collection<String> skus) {
    if (skus.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select b from StockBalance b where b.sku in :skus and b.onHand > 0", StockBalance.class)
        .setParameter("skus", List.copyOf(skus))
        .getResultList();
  }

  /** The SKU's movements, newest first, keyset-paged by (occurred_at, id), read by SQL (see {@link StockMovement}). */
  List<StockMovement> movements(TenantId tenant, String sku, Instant beforeAt, UUID beforeId, int max) {
    em.flush();
    String sql = "select id, sku, lot, expiry, from_bin_id, to_bin_id, qty, reason, reference, note, actor, occurred_at"
        + " from wh_stock_movement where tenant_id = ?1 and sku = ?2"
        + (beforeAt == null ? "" : " and (occurred_at < ?3 or (occurred_at = ?3 and id < cast(?4 as uuid)))")
        + " order by occurred_at desc, id desc limit " + max;
    var q = em.createNativeQuery(sql).setParameter(1, tenant.value()).setParameter(2, sku);
    if (beforeAt != null) {
      q.setParameter(3, Timestamp.from(beforeAt)).setParameter(4, beforeId.toString());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<StockMovement> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new StockMovement(
          uuid(r[0]), (String) r[1], (String) r[2], r[3] == null ? null : ((java.sql.Date) r[3]).toLocalDate(),
          uuid(r[4]), uuid(r[5]), ((Number) r[6]).intValue(), MovementReason.valueOf((String) r[7]),
          (String) r[8], (String) r[9], (String) r[10], ((Timestamp) r[11]).toInstant()));
    }
    return out;
  }

  /** Keeps the platform-level unit count of a bin (no shop's data) in step with a movement. */
  void changeBinLoad(UUID binId, int delta) {
    if (delta < 0) {
      em.createNativeQuery("update wh_bin_load set units = units + ?2 where bin_id = ?1")
          .setParameter(1, binId)
          .setParameter(2, (long) delta)
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "insert into wh_bin_load (bin_id, units) values (?1, ?2)"
                + " on conflict (bin_id) do update set units = wh_bin_load.units + excluded.units")
        .setParameter(1, binId)
        .setParameter(2, (long) delta)
        .executeUpdate();
  }

  /**
   * Rows where a balance differs from the sum of its movements, for the bound tenant: each is
   * "sku|bin|lot: balance X, movements Y". Empty when the books agree.
   */
  List<String> discrepancies(TenantId tenant) {
    em.flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select sku, bin_id, lot, balance, movements from wh_stock_check where tenant_id = ?1 order by sku, lot")
            .setParameter(1, tenant.value())
            .getResultList();
    return rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + ": balance " + r[3] + ", movements " + r[4]).toList();
  }
}
