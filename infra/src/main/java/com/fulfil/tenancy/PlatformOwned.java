package com.fulfil.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity as the platform's own data, shared by every shop and owned by none (the
 * warehouse layout, for instance): its table has no {@code tenant_id} column and no row-level
 * security. The house rules let such an entity skip {@link TenantOwned}, and refuse it a tenant
 * field, so that a shop's data cannot hide behind this mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PlatformOwned {}
