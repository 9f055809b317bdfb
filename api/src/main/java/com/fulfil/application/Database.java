package com.fulfil.application;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's connection pool. It logs in as the application role, which owns no table and
 * is subject to row-level security; the pool is small on purpose (a handful of connections shared
 * by many requests is exactly the situation tenant isolation must survive).
 */
@DataSourceDefinition(
    name = Database.JNDI,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=fulfil.db.url}",
    user = "${MPCONFIG=fulfil.db.app.user}",
    password = "${MPCONFIG=fulfil.db.app.password}",
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 10)
public class Database {
  public static final String JNDI = "java:app/jdbc/fulfil";
}
