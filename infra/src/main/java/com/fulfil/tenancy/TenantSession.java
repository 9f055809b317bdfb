package com.fulfil.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("a tenant can only be bound inside an active transaction");
    }
    Object bound = registry.getResource(RESOURCE_KEY);
    if (bound != null) {
      if (bound.equals(tenant)) {
        return;
      }
      throw new IllegalStateException("this transaction already belongs to another tenant");
    }
    em.setProperty(ECLIPSELINK_TENANT, tenant.value());
    em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
        .setParameter(1, tenant.value())
        .getSingleResult();
    registry.putResource(RESOURCE_KEY, tenant);
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
