package com.fulfil.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use-case service acting for the calling shop: application scoped, one transaction per public
 * method, and the caller's tenant bound to that transaction.
 */
@Stereotype
@ApplicationScoped
@Transactional
@TenantBound
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantService {}
