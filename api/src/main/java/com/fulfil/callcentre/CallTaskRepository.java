package com.fulfil.callcentre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import com.fulfil.web.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Call tasks, attempts, scripts and audits of the tenant bound to the transaction. */
@ApplicationScoped
public class CallTaskRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /** The task, locked until the transaction ends (an outcome and a late claim cannot interleave). */
  Optional<CallTask> lock(UUID id) {
    return Optional.ofNullable(em.find(CallTask.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  Optional<CallTask> findOpen(UUID orderId, CallKind kind) {
    return em.createQuery(
            "select t from CallTask t where t.orderId = :order and t.kind = :kind and t.state = :open", CallTask.class)
        .setParameter("order", orderId)
        .setParameter("kind", kind)
        .setParameter("open", CallTask.State.OPEN)
        .getResultStream()
        .findFirst();
  }

  /** Every task of the order, oldest first (an order has a handful). */
  List<CallTask> tasksOf(UUID orderId) {
    return em.createQuery("select t from CallTask t where t.orderId = :order order by t.createdAt, t.id", CallTask.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  void add(CallTask task) {
    em.persist(task);
    em.flush(); // a concurrent second open task of the order surfaces here (unique index)
  }

  /**
   * The first task of an order just leaving RECEIVED (in practice created in this very transaction):
   * only the transaction that moves the order out of RECEIVED opens it (the order's version guards
   * the move), so no second open task can race it, and the insert goes with the commit's flush (in
   * a batch intake a flush per order would re-examine every order the transaction holds).
   */
  void addForNewOrder(CallTask task) {
    em.persist(task);
  }

  void flush() {
    em.flush();
  }

  /** Written with the caller's next flush (the outcome flushes it with the task's own changes). */
  void add(CallAttempt attempt) {
    em.persist(attempt);
  }

  Optional<CallAttempt> findAttempt(UUID id) {
    return Optional.ofNullable(em.find(CallAttempt.class, id));
  }

  /** The order's attempts in the order they were made. */
  List<CallAttempt> attemptsOf(UUID orderId) {
    return em.createQuery("select a from CallAttempt a where a.orderId = :order order by a.startedAt, a.id", CallAttempt.class)
        .setParameter("order", orderId)
        .setMaxResults(1_000)
        .getResultList();
  }

  /** Keyset page of attempts started in {@code [from, to)}, oldest first, after ({@code afterAt}, {@code afterId}). */
  List<CallAttempt> attemptsBetween(Instant from, Instant to, Instant afterAt, UUID afterId, int max) {
    String jpql = "select a from CallAttempt a where a.startedAt >= :from and a.startedAt < :to"
        + (afterAt == null ? "" : " and (a.startedAt > :at or (a.startedAt = :at and a.id > :id))")
        + " order by a.startedAt, a.id";
    var query = em.createQuery(jpql, CallAttempt.class).setParameter("from", from).setParameter("to", to);
    if (afterAt != null) {
      query.setParameter("at", afterAt).setParameter("id", afterId);
    }
    return query.setMaxResults(max).getResultList();
  }

  Optional<CallScript> latestScript() {
    return em.createQuery("select s from CallScript s order by s.version desc", CallScript.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  void add(CallScript script) {
    em.persist(script);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // two supervisors saved the same next version at once: the later one is told, not lost
      throw ProblemException.conflict("version", "another supervisor saved a new version of this script just now");
    }
  }

  Optional<CallAudit> auditOf(UUID attemptId) {
    return em.createQuery("select a from CallAudit a where a.attemptId = :attempt", CallAudit.class)
        .setParameter("attempt", attemptId)
        .getResultStream()
        .findFirst();
  }

  void add(CallAudit audit) {
    em.persist(audit);
    em.flush();
  }
}
