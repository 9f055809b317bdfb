package com.fulfil.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Binds a tenant to the current JTA transaction, and only to it.
 *
 * <p>Why per transaction: PostgreSQL's {@code set_config(..., true)} is transaction-local, so the
 * setting dies with the transaction and can never leak to the next user of a pooled connection.
 * A transaction holds exactly one tenant; binding a second, different one fails.
 */
@ApplicationScoped
public class TenantSession {

  /** EclipseLink context property that the tenant discriminator reads. */
  public static final String ECLIPSELINK_TENANT = "eclipselink.tenant-id";

  private static final String RESOURCE_KEY = TenantSession.class.getName() + ".tenant";

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry registry;

  /** Binds {@code tenant} to the running transaction; idempotent for the same tenant. */
  public void bind(TenantId tenant) {
    if (alreadyBound(tenant)) {
      return;
    }
    em.setProperty(ECLIPSELINK_TENANT, tenant.value());
    em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
        .setParameter(1, tenant.value())
        .getSingleResult();
    registry.putResource(RESOURCE_KEY, tenant);
  }

  /**
   * Binds {@code tenant} as {@link #bind} does and, in the same statement, writes the audit row of
   * the act that crosses into it ({@code audit_log}, subject: the tenant): one round trip to the
   * database instead of two, for {@link PlatformScope}, which every staff request on a shop goes
   * through. The row takes its tenant from the setting the statement makes, and row-level security
   * checks it as it checks any write. When the transaction already holds {@code tenant} (a nested
   * act), the statement sets the same value again and writes the act's row.
   */
  void bindAudited(TenantId tenant, Instant at, String actor, String action) {
    boolean bound = alreadyBound(tenant);
    em.setProperty(ECLIPSELINK_TENANT, tenant.value());
    em.createNativeQuery(
            "with bound as (select set_config('app.tenant_id', ?1, true) as tenant_id)"
                + " insert into audit_log (tenant_id, occurred_at, actor, action, subject_type, subject_id)"
                + " select tenant_id, ?2, ?3, ?4, 'tenant', tenant_id from bound")
        .setParameter(1, tenant.value())
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, actor)
        .setParameter(4, action)
        .executeUpdate();
    if (!bound) {
      registry.putResource(RESOURCE_KEY, tenant);
    }
  }

  /** Whether the running transaction holds {@code tenant} already; fails if it holds another one. */
  private boolean alreadyBound(TenantId tenant) {
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("a tenant can only be bound inside an active transaction");
    }
    Object bound = registry.getResource(RESOURCE_KEY);
    if (bound != null && !bound.equals(tenant)) {
      throw new IllegalStateException("this transaction already belongs to another tenant");
    }
    return bound != null;
  }

  /** The tenant bound to the running transaction, if any. */
  public Optional<TenantId> current() {
    if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return Optional.empty();
    }
    return Optional.ofNullable((TenantId) registry.getResource(RESOURCE_KEY));
  }

  public TenantId require() {
    return current().orElseThrow(() -> new IllegalStateException("no tenant bound to this transaction"));
  }
}
