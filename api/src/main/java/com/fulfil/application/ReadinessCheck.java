package com.fulfil.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = Database.JNDI)
  DataSource dataSource;

  @Inject SchemaMigration schema;

  @Override
  public HealthCheckResponse call() {
    boolean db;
    try (Connection c = dataSource.getConnection()) {
      db = c.isValid(2);
    } catch (Exception e) {
      db = false;
    }
    return HealthCheckResponse.named("database")
        .status(db && schema.migrated())
        .withData("migrated", schema.migrated())
        .build();
  }

  /** Alive as long as the JVM serves requests; a dead database makes us unready, not dead. */
  @Liveness
  @ApplicationScoped
  public static class Alive implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.up("server");
    }
  }
}
