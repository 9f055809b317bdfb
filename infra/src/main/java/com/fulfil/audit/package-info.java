/**
 * Audit: an append-only trail of who did what to which tenant's data, and with what before/after.
 * The application's database role may insert and read these rows but never change or delete them.
 */
package com.fulfil.audit;
