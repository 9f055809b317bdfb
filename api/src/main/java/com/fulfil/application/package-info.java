/**
 * Application wiring: the JAX-RS application, the datasource, schema migration at start-up,
 * health checks and the portal's public configuration. No business rules live here.
 */
package com.fulfil.application;
