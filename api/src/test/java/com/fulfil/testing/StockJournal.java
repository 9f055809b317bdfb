package com.fulfil.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** The stock journal summed by SQL as the owner, in the shop's RLS scope: independent of the balances. */
public final class StockJournal {
  private StockJournal() {}

  /** Units of {@code sku} the shop has in the warehouse by its journal: in minus out, over all bins. */
  public static long sum(String tenant, String sku) throws Exception {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, tenant);
        set.execute();
      }
      try (PreparedStatement q = c.prepareStatement(
          "select coalesce(sum(case when to_bin_id is not null then qty else 0 end), 0)"
              + " - coalesce(sum(case when from_bin_id is not null then qty else 0 end), 0)"
              + " from wh_stock_movement where tenant_id = ? and sku = ?")) {
        q.setString(1, tenant);
        q.setString(2, sku);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          long sum = rs.getLong(1);
          c.commit();
          return sum;
        }
      }
    }
  }
}
