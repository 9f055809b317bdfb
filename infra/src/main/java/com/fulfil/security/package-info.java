/**
 * Security: the platform's roles (DESIGN §2) and the verified caller. Identity comes from Keycloak
 * tokens checked by MicroProfile JWT; the tenant is a claim of the token and nothing else.
 */
package com.fulfil.security;
