package com.fulfil.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations at start-up, as the owning role (the application role may not
 * create or alter tables). Idempotent: an up-to-date schema is left alone.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Inject
  @ConfigProperty(name = "fulfil.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "fulfil.db.owner.user")
  String owner;

  @Inject
  @ConfigProperty(name = "fulfil.db.owner.password")
  String ownerPassword;

  @Inject
  @ConfigProperty(name = "fulfil.db.app.user")
  String appRole;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(url, owner, ownerPassword)
            .locations("classpath:db/migration")
            .placeholders(Map.of("appRole", appRole))
            .load()
            .migrate();
    LOG.info("Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    migrated = true;
  }

  public boolean migrated() {
    return migrated;
  }
}
