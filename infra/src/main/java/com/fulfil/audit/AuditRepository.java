package com.fulfil.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.sql.Timestamp;

/** Writes audit rows in the caller's transaction, so an audit row exists iff the change does. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  void insert(
      String tenantId,
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String beforeJson,
      String afterJson) {
    em.createNativeQuery(
            "insert into audit_log (tenant_id, occurred_at, actor, action, subject_type, subject_id, before_state, after_state)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb))")
        .setParameter(1, tenantId)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, actor)
        .setParameter(4, action)
        .setParameter(5, subjectType)
        .setParameter(6, subjectId)
        .setParameter(7, beforeJson)
        .setParameter(8, afterJson)
        .executeUpdate();
  }
}
