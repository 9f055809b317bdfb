package com.fulfil.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every tenant-owned entity. EclipseLink adds {@code tenant_id = :tenant} to every query
 * and fills it on insert; with no tenant bound it refuses the query (EclipseLink-6174) instead of
 * returning every shop's rows. PostgreSQL row-level security sits underneath as the backstop.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantSession.ECLIPSELINK_TENANT)
public abstract class TenantOwned {

  // Read-only mirror of the discriminator so that code can state ownership in assertions and views.
  @Column(name = "tenant_id", insertable = false, updatable = false)
  private String tenantId;

  public TenantId tenant() {
    return tenantId == null ? null : new TenantId(tenantId);
  }
}
