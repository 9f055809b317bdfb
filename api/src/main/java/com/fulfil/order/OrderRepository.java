package com.fulfil.order;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.config.CacheUsage;
import org.eclipse.persistence.config.QueryHints;

/** Orders of the tenant bound to the transaction (EclipseLink adds the tenant to every query). */
@ApplicationScoped
public class OrderRepository {

  /** PostgreSQL takes at most 32,767 bind parameters; stay far below. */
  private static final int IN_CHUNK = 1_000;

  /** Advisory lock namespace (first key) for "an external number of a shop is being taken". */
  private static final int EXTERNAL_NUMBER_LOCKS = "ord_order.external_number".hashCode();

  private static final String EXTERNAL_NUMBER_INDEX = "ord_order_external_number";

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<Order> find(UUID id) {
    return Optional.ofNullable(em.find(Order.class, id));
  }

  /**
   * The order with its lines, for reading. An order this transaction already holds (created in it,
   * or read before) is taken as it is: no query, and no flush of the transaction's pending writes.
   * (Observers read the order of every event they see; during a batch intake a query each time
   * flushed, statement by statement, what JDBC batch writing would have sent in batches, and halved
   * the batch rate.) Otherwise one query reads the order and its lines, after flushing this
   * transaction's pending changes so that what is read is what it wrote ({@link #find} reads the
   * lines with a second query). The lines keep their numbering's order: a fetch join does not
   * apply the mapping's {@code @OrderBy}, the query's own order does (EclipseLink allows the fetch
   * join an alias).
   */
  Optional<Order> findWithLines(UUID id) {
    Order held = em.find(Order.class, id, Map.of(QueryHints.CACHE_USAGE, CacheUsage.CheckCacheOnly));
    if (held != null) {
      return Optional.of(held);
    }
    return em.createQuery(
            "select o from ShopOrder o left join fetch o.lines l where o.id = :id order by l.lineNo", Order.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** external number → id, for those of {@code numbers} the shop already has. */
  Map<String, UUID> idsByExternalNumbers(Collection<String> numbers) {
    Map<String, UUID> found = new HashMap<>();
    List<String> all = new ArrayList<>(numbers);
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      em.createQuery("select o.externalNumber, o.id from ShopOrder o where o.externalNumber in :numbers", Object[].class)
          .setParameter("numbers", all.subList(i, Math.min(all.size(), i + IN_CHUNK)))
          .getResultList()
          .forEach(row -> found.put((String) row[0], (UUID) row[1]));
    }
    return found;
  }

  /**
   * Serialises intakes that take the same external numbers of one shop until this transaction
   * ends, so that "is this number free?" followed by the insert cannot race. Locks are taken in
   * key order, so two imports with overlapping numbers cannot deadlock.
   */
  void lockExternalNumbers(TenantId tenant, Collection<String> numbers) {
    TreeSet<Integer> keys = new TreeSet<>();
    numbers.forEach(n -> keys.add((tenant.value() + '\u0000' + n).hashCode()));
    if (keys.isEmpty()) {
      return;
    }
    // One statement for all: the keys, ascending, in the array's order (WITH ORDINALITY keeps it),
    // so that two intakes always lock in the same order and cannot deadlock.
    StringJoiner array = new StringJoiner(",", "{", "}");
    keys.forEach(k -> array.add(Integer.toString(k)));
    em.createNativeQuery(
            "select count(*) from (select pg_advisory_xact_lock(?1, k)"
                + " from unnest(cast(cast(?2 as text) as int[])) with ordinality as t(k, n)) l")
        .setParameter(1, EXTERNAL_NUMBER_LOCKS)
        .setParameter(2, array.toString())
        .getSingleResult();
  }

  /** Keyset page, newest first: received_at descending, then id descending. */
  List<Order> search(OrderSearch s, Instant afterAt, UUID afterId, int max) {
    StringBuilder jpql = new StringBuilder("select o from ShopOrder o where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!s.statuses().isEmpty()) {
      jpql.append(" and o.status in :statuses");
      params.put("statuses", List.copyOf(s.statuses()));
    }
    timeRange(s.receivedFrom(), s.receivedTo(), jpql, params);
    if (s.phone() != null) {
      jpql.append(" and o.buyer.phone = :phone");
      params.put("phone", s.phone());
    }
    if (s.externalNumber() != null) {
      jpql.append(" and o.externalNumber = :externalNumber");
      params.put("externalNumber", s.externalNumber());
    }
    if (afterAt != null) {
      jpql.append(" and (o.receivedAt < :afterAt or (o.receivedAt = :afterAt and o.id < :afterId))");
      params.put("afterAt", afterAt);
      params.put("afterId", afterId);
    }
    jpql.append(" order by o.receivedAt desc, o.id desc");
    TypedQuery<Order> query = em.createQuery(jpql.toString(), Order.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(max).getResultList();
  }

  /** Orders in {@code status} with a line of one of {@code skus}, oldest first, at most {@code max}. */
  List<Order> inStatusWithSkus(OrderStatus status, Collection<String> skus, int max) {
    if (skus.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct o from ShopOrder o join o.lines l where o.status = :status and l.sku in :skus"
                + " order by o.receivedAt, o.id",
            Order.class)
        .setParameter("status", status)
        .setParameter("skus", List.copyOf(skus))
        .setMaxResults(max)
        .getResultList();
  }

  /** Orders in {@code status}, among {@code ids} (null: any), oldest first, at most {@code max}. */
  List<Order> inStatus(OrderStatus status, Collection<UUID> ids, int max) {
    if (ids != null && ids.isEmpty()) {
      return List.of();
    }
    var q = em.createQuery(
            "select o from ShopOrder o where o.status = :status" + (ids == null ? "" : " and o.id in :ids")
                + " order by o.receivedAt, o.id",
            Order.class)
        .setParameter("status", status)
        .setMaxResults(max);
    if (ids != null) {
      q.setParameter("ids", List.copyOf(ids));
    }
    return q.getResultList();
  }

  /** How many orders are in each status (every status present, zero if none). */
  Map<OrderStatus, Long> countByStatus(Instant receivedFrom, Instant receivedTo) {
    StringBuilder jpql = new StringBuilder("select o.status, count(o) from ShopOrder o where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    timeRange(receivedFrom, receivedTo, jpql, params);
    jpql.append(" group by o.status");
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
    params.forEach(query::setParameter);
    Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
    for (OrderStatus status : OrderStatus.values()) {
      counts.put(status, 0L);
    }
    query.getResultList().forEach(row -> counts.put((OrderStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  private static void timeRange(Instant from, Instant to, StringBuilder jpql, Map<String, Object> params) {
    if (from != null) {
      jpql.append(" and o.receivedAt >= :receivedFrom");
      params.put("receivedFrom", from);
    }
    if (to != null) {
      jpql.append(" and o.receivedAt < :receivedTo");
      params.put("receivedTo", to);
    }
  }

  /** The order's events after {@code afterSequence}, oldest first. */
  List<OrderEvent> events(UUID orderId, int afterSequence, int max) {
    return em.createQuery(
            "select e from OrderEvent e where e.order.id = :id and e.sequence > :after order by e.sequence",
            OrderEvent.class)
        .setParameter("id", orderId)
        .setParameter("after", afterSequence)
        .setMaxResults(max)
        .getResultList();
  }

  void add(Order order) {
    em.persist(order);
  }

  /**
   * Writes now, so that constraint violations surface inside the use case, not at commit. The
   * unique external number can only be violated here if a request bypassed the advisory lock; it
   * is still reported as the conflict it is.
   */
  void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (violates(e, EXTERNAL_NUMBER_INDEX)) {
        throw ProblemException.conflict("externalNumber", "an order with this external number already exists");
      }
      throw e;
    }
  }

  private static boolean violates(Throwable e, String constraint) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql
          && "23505".equals(sql.getSQLState())
          && sql.getMessage() != null
          && sql.getMessage().contains(constraint)) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }
}
