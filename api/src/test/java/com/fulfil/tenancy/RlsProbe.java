package com.fulfil.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Test-only bean deployed into the server: runs deliberately unscoped SQL (no tenant filter at
 * all) through the application's own persistence unit and connection pool.
 */
@ApplicationScoped
@Transactional
public class RlsProbe {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  @Inject TenantSession session;
  @Inject PlatformScope platform;

  /** tenant_id of every SKU row the database lets this transaction see, bound to {@code tenant}. */
  @SuppressWarnings("unchecked")
  public List<String> unscopedSkuTenantsAs(String tenant) {
    session.bind(new TenantId(tenant));
    return em.createNativeQuery("select tenant_id from cat_sku").getResultList();
  }

  /** The same unscoped SELECT in a transaction with no tenant bound. */
  @SuppressWarnings("unchecked")
  public List<String> unscopedSkuTenantsUnbound() {
    return em.createNativeQuery("select tenant_id from cat_sku").getResultList();
  }

  /** Inserts a SKU row for {@code rowTenant} while bound to {@code boundTenant} (null: none). */
  public void insertSku(String boundTenant, String rowTenant) {
    if (boundTenant != null) {
      session.bind(new TenantId(boundTenant));
    }
    em.createNativeQuery(
            "insert into cat_sku (id, tenant_id, sku, name, weight_grams, length_mm, width_mm, height_mm,"
                + " price_minor, currency, expiry_tracked, created_at, updated_at, version)"
                + " values (?1, ?2, ?3, 'probe', 1, 1, 1, 1, 1, 'RUB', false, now(), now(), 1)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, rowTenant)
        .setParameter(3, "RLS-" + UUID.randomUUID())
        .executeUpdate();
  }

  /** JPQL through the tenant-aware entity with no tenant bound: EclipseLink must refuse. */
  public long countSkusUnbound() {
    return em.createQuery("select count(s) from Sku s", Long.class).getSingleResult();
  }

  /** Binding two tenants in one transaction must fail. */
  public void bindTwo(String first, String second) {
    session.bind(new TenantId(first));
    session.bind(new TenantId(second));
  }

  /** What staff see of SKU rows through {@link PlatformScope#runAs} for {@code tenant} (unscoped SQL). */
  @SuppressWarnings("unchecked")
  public List<String> unscopedSkuTenantsAsStaff(String tenant) {
    return platform.runAs(new TenantId(tenant), "probe.read", () -> em.createNativeQuery("select tenant_id from cat_sku").getResultList());
  }

  /** Staff acting for {@code tenant} inside an act for the same tenant (two audited acts, one binding). */
  public int nestedStaffActs(String tenant) {
    TenantId shop = new TenantId(tenant);
    return platform.runAs(shop, "probe.outer", () -> platform.runAs(shop, "probe.inner", () -> 2));
  }

  /** Staff acting for {@code second} inside an act for {@code first}: must fail. */
  public void staffIntoTwo(String first, String second) {
    platform.runAs(new TenantId(first), "probe.first", () -> platform.runAs(new TenantId(second), "probe.second", () -> 0));
  }
}
