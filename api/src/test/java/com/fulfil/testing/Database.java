package com.fulfil.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct SQL for assertions the API does not expose, as the owning role. The owner is subject to
 * the forced row-level security too, so reads set the tenant just as the application does.
 */
public final class Database {
  private Database() {}

  public static Connection owner() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("fulfil.db.url"),
        System.getProperty("fulfil.db.owner.user"),
        System.getProperty("fulfil.db.owner.password"));
  }

  /** "action:actor" of the tenant's audit rows, oldest first. */
  public static List<String> auditActions(String tenant) throws SQLException {
    try (Connection c = owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, tenant);
        set.execute();
      }
      List<String> acts = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement("select action, actor from audit_log where tenant_id = ? order by id");) {
        q.setString(1, tenant);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            acts.add(rs.getString(1) + ":" + rs.getString(2));
          }
        }
      }
      c.commit();
      return acts;
    }
  }

  /** A count read as the given tenant (RLS is forced on the owner too), e.g. how many rows a refused request left. */
  public static long countAs(String tenant, String sql, Object... params) throws SQLException {
    try (Connection c = owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, tenant);
        set.execute();
      }
      try (PreparedStatement q = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          q.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          long n = rs.getLong(1);
          c.commit();
          return n;
        }
      }
    }
  }
}
