package com.fulfil.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored {@code Idempotency-Key}s. Each call is its own short transaction, separate from the
 * request's business transaction: the key must be claimed before the work and recorded after it.
 * Rows sit under row-level security keyed by the caller's scope (tenant, or a staff member).
 */
@ApplicationScoped
public class IdempotencyRepository {

  /** Keys are kept at least 24 hours (IETF draft); older ones are purged as new keys arrive. */
  static final Duration KEEP = Duration.ofHours(48);

  /** A request still "running" after this long is taken to have died, and may be retried. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  public record Stored(String fingerprint, boolean completed, Instant startedAt, int status, String contentType, String location, String body) {}

  /** Claims the key; returns empty when it was free, else what is stored under it. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Stored> claim(String scope, String key, String fingerprint, Instant now) {
    scope(scope);
    em.createNativeQuery("delete from idempotency_key where tenant_id = ?1 and started_at < ?2")
        .setParameter(1, scope)
        .setParameter(2, Timestamp.from(now.minus(KEEP)))
        .executeUpdate();
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (tenant_id, idem_key, fingerprint, started_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict (tenant_id, idem_key) do nothing")
            .setParameter(1, scope)
            .setParameter(2, key)
            .setParameter(3, fingerprint)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select fingerprint, completed_at is not null, started_at, response_status, content_type, location, response_body"
                    + " from idempotency_key where tenant_id = ?1 and idem_key = ?2 for update")
            .setParameter(1, scope)
            .setParameter(2, key)
            .getResultList();
    Object[] r = rows.get(0);
    Stored stored =
        new Stored(
            (String) r[0],
            (Boolean) r[1],
            ((Timestamp) r[2]).toInstant(),
            r[3] == null ? 0 : ((Number) r[3]).intValue(),
            (String) r[4],
            (String) r[5],
            (String) r[6]);
    if (!stored.completed() && stored.fingerprint().equals(fingerprint) && stored.startedAt().isBefore(now.minus(ABANDONED_AFTER))) {
      em.createNativeQuery("update idempotency_key set started_at = ?3 where tenant_id = ?1 and idem_key = ?2")
          .setParameter(1, scope)
          .setParameter(2, key)
          .setParameter(3, Timestamp.from(now))
          .executeUpdate();
      return Optional.empty();
    }
    return Optional.of(stored);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void complete(String scope, String key, int status, String contentType, String location, String body, Instant now) {
    scope(scope);
    em.createNativeQuery(
            "update idempotency_key set completed_at = ?3, response_status = ?4, content_type = ?5, location = ?6, response_body = ?7"
                + " where tenant_id = ?1 and idem_key = ?2")
        .setParameter(1, scope)
        .setParameter(2, key)
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, status)
        .setParameter(5, contentType)
        .setParameter(6, location)
        .setParameter(7, body)
        .executeUpdate();
  }

  /** Frees the key after a server-side failure, so that the client's retry runs the work. */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String scope, String key) {
    scope(scope);
    em.createNativeQuery("delete from idempotency_key where tenant_id = ?1 and idem_key = ?2")
        .setParameter(1, scope)
        .setParameter(2, key)
        .executeUpdate();
  }

  private void scope(String scope) {
    em.createNativeQuery("select set_config('app.tenant_id', ?1, true)").setParameter(1, scope).getSingleResult();
  }
}
