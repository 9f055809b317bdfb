package com.fulfil.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database layer of isolation, tested inside the server through the application's own pool:
 * SQL that forgets its tenant filter still sees only the bound tenant; with no tenant it sees
 * nothing and can write nothing; the binding never outlives its transaction on pooled connections.
 */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application().addClasses(RlsProbe.class, RowLevelSecurityIT.class, Database.class, Deployments.class);
  }

  @Inject RlsProbe probe;

  @Resource(lookup = "java:app/jdbc/fulfil")
  DataSource appPool;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @BeforeEach
  void rowsOfTwoTenants() throws SQLException {
    try (Connection c = appPool.getConnection()) {
      c.setAutoCommit(true);
      // The demo tenants may not exist in a fresh database; the registry has no RLS. The same names
      // as TestTenants gives them: later tests (buyer emails) read the shop's name.
      c.createStatement().execute(
          "insert into tenant (id, name, legal_name, currency, time_zone, call_window_start, call_window_end, created_at, updated_at, version)"
              + " values ('alfa', 'Альфа-Маркет', 'ООО «Альфа-Маркет»', 'RUB', 'Europe/Moscow', '09:00', '21:00', now(), now(), 1),"
              + " ('bravo', 'Bravo Sklep', 'Bravo Sklep sp. z o.o.', 'PLN', 'Europe/Warsaw', '09:00', '21:00', now(), now(), 1)"
              + " on conflict do nothing");
    }
    probe.insertSku("alfa", "alfa");
    probe.insertSku("bravo", "bravo");
  }

  @Test
  void unscopedSelectSeesOnlyTheBoundTenant() {
    List<String> alfa = probe.unscopedSkuTenantsAs("alfa");
    assertFalse(alfa.isEmpty());
    assertTrue(alfa.stream().allMatch("alfa"::equals), "only alfa rows: " + alfa.size());
    List<String> bravo = probe.unscopedSkuTenantsAs("bravo");
    assertFalse(bravo.isEmpty());
    assertTrue(bravo.stream().allMatch("bravo"::equals));
  }

  @Test
  void withoutATenantNothingIsVisibleOrWritable() {
    assertEquals(List.of(), probe.unscopedSkuTenantsUnbound());
    assertThrows(Exception.class, () -> probe.insertSku(null, "alfa"), "no tenant: insert refused");
    assertThrows(Exception.class, () -> probe.insertSku("bravo", "alfa"), "bound to B: writing A's row refused");
    assertThrows(Exception.class, () -> probe.countSkusUnbound(), "EclipseLink refuses an entity query with no tenant");
    assertThrows(Exception.class, () -> probe.bindTwo("alfa", "bravo"), "one tenant per transaction");
  }

  /**
   * Staff reach a shop's rows only through {@link PlatformScope#runAs}, whose one statement binds the
   * shop and writes the audit row of the act: staff then see that shop's rows only, every act leaves
   * its row (nested acts for the same shop too), and an act that would cross into a second shop
   * fails and leaves no row at all.
   */
  @Test
  void staffActOnAShopThroughOneDoorThatBindsAndAudits() throws SQLException {
    List<String> before = Database.auditActions("alfa");

    List<String> seen = probe.unscopedSkuTenantsAsStaff("alfa");
    assertFalse(seen.isEmpty());
    assertTrue(seen.stream().allMatch("alfa"::equals), "only alfa rows: " + seen.size());
    assertEquals(2, probe.nestedStaffActs("alfa"));
    assertThrows(Exception.class, () -> probe.staffIntoTwo("alfa", "bravo"), "one shop per transaction");

    List<String> after = Database.auditActions("alfa");
    assertEquals(before, after.subList(0, before.size()), "audit rows are only ever added");
    assertEquals(
        List.of("platform.probe.read:anonymous", "platform.probe.outer:anonymous", "platform.probe.inner:anonymous"),
        after.subList(before.size(), after.size()),
        "one row per act; the failed crossing left none");
    assertFalse(Database.auditActions("bravo").stream().anyMatch(a -> a.startsWith("platform.probe.")));
  }

  /**
   * Two tenants × 50 threads share the application's pool (at most 10 connections), thousands of
   * transactions, with transactions that bind no tenant in between: none sees another's row.
   */
  @Test
  void theTenantSettingNeverOutlivesItsTransactionOnPooledConnections() throws Exception {
    int perTenant = 50;
    int rounds = 30;
    AtomicLong foreignRows = new AtomicLong();
    AtomicLong unboundRows = new AtomicLong();
    AtomicInteger transactions = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2 * perTenant, threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (String tenant : new String[] {"alfa", "bravo"}) {
        for (int t = 0; t < perTenant; t++) {
          work.add(pool.submit(() -> {
            for (int i = 0; i < rounds; i++) {
              foreignRows.addAndGet(probe.unscopedSkuTenantsAs(tenant).stream().filter(x -> !x.equals(tenant)).count());
              unboundRows.addAndGet(probe.unscopedSkuTenantsUnbound().size());
              transactions.addAndGet(2);
            }
          }));
        }
      }
      for (Future<?> f : work) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2 * perTenant * rounds * 2, transactions.get());
    assertEquals(0, foreignRows.get(), "rows of the other tenant seen");
    assertEquals(0, unboundRows.get(), "rows seen with no tenant bound");
    System.out.printf("pool test: %d transactions, 0 foreign rows, 0 unbound rows%n", transactions.get());
  }

  /**
   * The catalog check: the application's role owns no table, is no superuser, cannot bypass RLS,
   * and every table with a tenant_id column has RLS enabled and forced.
   */
  @Test
  void theApplicationRoleCannotEscapeRowLevelSecurity() throws SQLException {
    try (Connection c = appPool.getConnection()) {
      ResultSet role = c.createStatement().executeQuery(
          "select rolsuper, rolbypassrls, (select count(*) from pg_class where relowner = r.oid) as owned"
              + " from pg_roles r where rolname = current_user");
      assertTrue(role.next());
      assertFalse(role.getBoolean("rolsuper"), "application role is a superuser");
      assertFalse(role.getBoolean("rolbypassrls"), "application role has BYPASSRLS");
      assertEquals(0, role.getLong("owned"), "application role owns relations");

      ResultSet unprotected = c.createStatement().executeQuery(
          "select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid"
              + " where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')"
              + " and a.attname = 'tenant_id' and not a.attisdropped"
              + " and not (c.relrowsecurity and c.relforcerowsecurity)");
      List<String> missing = new ArrayList<>();
      while (unprotected.next()) {
        missing.add(unprotected.getString(1));
      }
      assertEquals(List.of(), missing, "tables with tenant_id but without enabled+forced RLS");

      ResultSet tables = c.createStatement().executeQuery(
          "select count(*) from pg_class c join pg_attribute a on a.attrelid = c.oid"
              + " where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attname = 'tenant_id'");
      tables.next();
      assertTrue(tables.getLong(1) >= 4, "the check saw the tenant tables");

      ResultSet auditGrants = c.createStatement().executeQuery(
          "select has_table_privilege('audit_log', 'UPDATE') or has_table_privilege('audit_log', 'DELETE')");
      auditGrants.next();
      assertFalse(auditGrants.getBoolean(1), "the application may not change or delete audit rows");
    }
  }
}
