package com.fulfil.picking;

import static com.fulfil.sql.NativeRows.instant;
import static com.fulfil.sql.NativeRows.uuid;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Waves, pick lists, picks and exceptions of the tenant bound to the transaction (EclipseLink and
 * RLS scope them); the platform's cut-offs and scan log; and picking's only paths across shops, the
 * SECURITY DEFINER functions of V10 that hand back ids only.
 */
@ApplicationScoped
public class PickingRepository {

  private static final String REFRESH = "eclipselink.refresh";

  /** Advisory lock namespace (first key) for "an order is being released in a wave". */
  private static final int ORDER_LOCKS = "wh_pick_list.order_id".hashCode();

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /** A list a picker holds, and its shop. */
  record Claim(UUID listId, TenantId tenant) {}

  /** An open short pick found across shops, and its shop. */
  record OpenException(UUID id, TenantId tenant) {}

  /** One row of the scan log. */
  record Scan(UUID id, String picker, UUID listId, UUID pickId, String step, String scanned, boolean ok, Instant at) {}

  /** Per picker in a period: scans, wrong scans, picks confirmed, first and last scan. */
  record Figures(String picker, long scans, long wrong, long picks, Instant first, Instant last) {}

  void add(Object entity) {
    em.persist(entity);
  }

  void flush() {
    em.flush();
  }

  /**
   * Serialises the releases that take any of these orders until this transaction ends (advisory
   * locks keyed by order id, taken in key order in one statement so that two waves with
   * overlapping orders cannot deadlock). Queries after it see what the other release committed.
   */
  void lockOrders(Collection<UUID> orderIds) {
    TreeSet<Integer> keys = new TreeSet<>();
    orderIds.forEach(id -> keys.add(id.hashCode()));
    if (keys.isEmpty()) {
      return;
    }
    StringJoiner array = new StringJoiner(",", "{", "}");
    keys.forEach(k -> array.add(Integer.toString(k)));
    em.createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(?1, k)"
                + " from unnest(cast(cast(?2 as text) as int[])) with ordinality as t(k, n)) l")
        .setParameter(1, ORDER_LOCKS)
        .setParameter(2, array.toString())
        .getSingleResult();
  }

  /**
   * The live pick lists of these orders (an order has at most one that is not CANCELLED; a
   * cancelled list lets a later wave release the order again).
   */
  List<PickList> listsOfOrders(Collection<UUID> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select l from PickList l where l.orderId in :ids and l.status <> :cancelled", PickList.class)
        .setParameter("ids", List.copyOf(orderIds))
        .setParameter("cancelled", PickListStatus.CANCELLED)
        .getResultList();
  }

  /** The list, locked for this transaction and freshly read (a picker's scans on it queue). */
  Optional<PickList> lockList(UUID id) {
    em.flush();
    return em.createQuery("select l from PickList l where l.id = :id", PickList.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultStream()
        .findFirst();
  }

  Optional<PickList> list(UUID id) {
    return Optional.ofNullable(em.find(PickList.class, id));
  }

  List<PickList> listsOfWave(UUID waveId) {
    return em.createQuery("select l from PickList l where l.waveId = :wave order by l.seq", PickList.class)
        .setParameter("wave", waveId)
        .getResultList();
  }

  /** The shop's open exceptions (or all, with {@code includeResolved}), oldest first, at most {@code max}. */
  List<PickException> exceptions(boolean includeResolved, int max) {
    return em.createQuery(
            "select e from PickException e" + (includeResolved ? "" : " where e.resolvedAt is null")
                + " order by e.raisedAt, e.id",
            PickException.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The order's short picks not yet resolved by the storekeeper. */
  int openExceptionsOf(UUID orderId) {
    return em.createQuery("select count(e) from PickException e where e.orderId = :order and e.resolvedAt is null", Long.class)
        .setParameter("order", orderId)
        .getSingleResult()
        .intValue();
  }

  /** These exceptions of the bound shop, oldest first. */
  List<PickException> exceptions(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select e from PickException e where e.id in :ids order by e.raisedAt, e.id", PickException.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  Optional<Pick> pick(UUID id) {
    return Optional.ofNullable(em.find(Pick.class, id));
  }

  /** These picks of the bound shop with their lists, in one query, by id. */
  Map<UUID, Pick> picksWithLists(Collection<UUID> ids) {
    Map<UUID, Pick> found = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select p from Pick p join fetch p.list where p.id in :ids", Pick.class)
          .setParameter("ids", List.copyOf(ids))
          .getResultList()
          .forEach(p -> found.put(p.id(), p));
    }
    return found;
  }

  /** The open short picks of every shop, oldest first, at most {@code max}: ids and shops only (V16). */
  List<OpenException> openExceptionsAcrossTenants(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select exception_id, tenant_id from wh_open_pick_exceptions(?1)").setParameter(1, max).getResultList();
    return rows.stream().map(r -> new OpenException(uuid(r[0]), new TenantId((String) r[1]))).toList();
  }

  Optional<PickException> lockException(UUID id) {
    return em.createQuery("select e from PickException e where e.id = :id", PickException.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /**
   * The picker's next list across all shops: the one it holds (of {@code wave}, if given), else
   * the oldest open one, claimed (FOR UPDATE SKIP LOCKED: concurrent pickers never get the same).
   */
  Optional<Claim> claimNextAcrossTenants(String picker, UUID wave, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "select claimed_list, claimed_tenant from wh_claim_next_pick_list(?1, cast(?2 as uuid), cast(?3 as timestamptz))")
            .setParameter(1, picker)
            .setParameter(2, wave == null ? null : wave.toString())
            .setParameter(3, now.toString())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Claim(uuid(r[0]), new TenantId((String) r[1])));
  }

  /** The shop of a list {@code picker} holds (or held); empty otherwise. */
  Optional<TenantId> tenantOfHeldListAcrossTenants(UUID listId, String picker) {
    Object tenant =
        em.createNativeQuery("select wh_pick_list_tenant(cast(?1 as uuid), ?2)")
            .setParameter(1, listId.toString())
            .setParameter(2, picker)
            .getSingleResult();
    return tenant == null ? Optional.empty() : Optional.of(new TenantId((String) tenant));
  }

  /** The picked list in {@code tote} and its shop, across shops (for packing); empty if none. */
  Optional<Claim> pickedToteAcrossTenants(String tote) {
    List<?> rows = em.createNativeQuery("select list_id, tenant_id from wh_picked_tote(?1)").setParameter(1, tote).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Claim(uuid(r[0]), new TenantId((String) r[1])));
  }

  /** Shops with ALLOCATED orders waiting for a wave, most first: the one count that crosses shops. */
  List<BacklogView> backlogAcrossTenants() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select tenant_id, name, allocated from wh_wave_backlog()").getResultList();
    return rows.stream().map(r -> new BacklogView((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
  }

  /** Cut-off time per delivery method. */
  Map<String, LocalTime> cutoffs() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select delivery_method, cutoff from wh_cutoff order by cutoff, delivery_method").getResultList();
    Map<String, LocalTime> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put((String) r[0], ((Time) r[1]).toLocalTime()));
    return out;
  }

  void putCutoff(String method, LocalTime cutoff, String by, Instant now) {
    em.createNativeQuery(
            "insert into wh_cutoff (delivery_method, cutoff, updated_at, updated_by) values (?1, cast(?2 as time), ?3, ?4)"
                + " on conflict (delivery_method) do update set cutoff = excluded.cutoff, updated_at = excluded.updated_at,"
                + " updated_by = excluded.updated_by")
        .setParameter(1, method)
        .setParameter(2, cutoff.toString())
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, by)
        .executeUpdate();
  }

  void addScan(Scan s) {
    em.createNativeQuery(
            "insert into wh_pick_scan (id, picker, list_id, pick_id, step, scanned, ok, scanned_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, s.id())
        .setParameter(2, s.picker())
        .setParameter(3, s.listId())
        .setParameter(4, s.pickId())
        .setParameter(5, s.step())
        .setParameter(6, s.scanned())
        .setParameter(7, s.ok())
        .setParameter(8, Timestamp.from(s.at()))
        .executeUpdate();
  }

  /** Figures per picker from the scan log in {@code [from, to)}, of one picker or (null) all. */
  List<Figures> figures(Instant from, Instant to, String picker) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select picker, count(*), count(*) filter (where not ok), count(*) filter (where ok and step = 'QTY'),"
                    + " min(scanned_at), max(scanned_at) from wh_pick_scan"
                    + " where scanned_at >= ?1 and scanned_at < ?2 and (cast(?3 as text) is null or picker = cast(?3 as text))"
                    + " group by picker order by picker limit 1000")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .setParameter(3, picker)
            .getResultList();
    List<Figures> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new Figures(
          (String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
          instant(r[4]), instant(r[5])));
    }
    return out;
  }

  /** The scan log of one picker in {@code [from, to)}, oldest first, at most {@code max}. */
  List<Scan> scans(String picker, Instant from, Instant to, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, picker, list_id, pick_id, step, scanned, ok, scanned_at from wh_pick_scan"
                    + " where picker = ?1 and scanned_at >= ?2 and scanned_at < ?3 order by scanned_at, id limit " + max)
            .setParameter(1, picker)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getResultList();
    List<Scan> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new Scan(uuid(r[0]), (String) r[1], uuid(r[2]), uuid(r[3]), (String) r[4], (String) r[5],
          Boolean.TRUE.equals(r[6]), instant(r[7])));
    }
    return out;
  }
}
