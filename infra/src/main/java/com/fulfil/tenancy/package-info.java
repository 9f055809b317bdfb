/**
 * Tenancy: which shop a unit of work belongs to, and the mechanism that makes it impossible to
 * read another shop's rows. The tenant comes from the verified token only; it is bound once per
 * transaction to both EclipseLink (tenant discriminator) and PostgreSQL (row-level security via the
 * transaction-local {@code app.tenant_id} setting), so a forgotten filter fails closed.
 */
package com.fulfil.tenancy;
