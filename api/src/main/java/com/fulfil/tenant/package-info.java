/**
 * Tenants: onboarding of shops by the platform administrator (name, legal details, currency, time
 * zone, the buyer calling window), and each shop's read of its own settings.
 */
package com.fulfil.tenant;
