import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order intake benchmark against a running platform (infra/bench/run.sh orders starts one). Prints:
 *
 * <ol>
 *   <li>batch intake through {@code POST /api/v1/orders/batch} (1,000 orders a request, one client),
 *       orders/second;
 *   <li>the baseline: the same rows the API writes for an order (the order, its lines, its two
 *       timeline events, the confirmation call task, the buyer's email and SMS in the outbox, an
 *       audit row per 50 orders) inserted straight into PostgreSQL over JDBC as the application's role, in
 *       transactions of 1,000 orders with JDBC batching, orders/second; and the ratio API/baseline;
 *   <li>single-order intake through {@code POST /api/v1/orders} from 20 concurrent clients:
 *       orders/second and latency p50/p90/p99/max.
 * </ol>
 *
 * Settings come from the environment: APP (http://127.0.0.1:8080), KC (Keycloak base URL), DB_URL,
 * DB_USER, DB_PASSWORD (the application role), and optionally BATCHES (10), SINGLE_CLIENTS (20),
 * SINGLE_ORDERS (4000), WARMUP (500 single orders), WARMUP_BATCHES (5), THINK_MS (0). Orders go to the demo shop "alfa" and use its
 * demo SKUs.
 *
 * <p>By default the single-order clients post back to back (THINK_MS 0): the server's capacity,
 * where on two cores the latency is mostly queueing (clients / throughput). THINK_MS paces each
 * client as a shop's system sending orders as they come: after each order it waits a random
 * 0.5–1.5 × THINK_MS (not in the latency), and the clients start at random moments within the
 * first THINK_MS; this measures the latency of one order under that load.
 */
public class OrdersBench {

  static final String APP = env("APP", "http://127.0.0.1:8080");
  static final String KC = env("KC", "http://127.0.0.1:8180");
  static final String TENANT = "alfa";
  static final String[] SKUS = {"TEA-GREEN-100", "TEA-BLACK-250"};
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  static final AtomicInteger SEQ = new AtomicInteger();
  static final long THINK_MS = Long.parseLong(env("THINK_MS", "0"));

  public static void main(String[] args) throws Exception {
    int batches = Integer.parseInt(env("BATCHES", "10"));
    int clients = Integer.parseInt(env("SINGLE_CLIENTS", "20"));
    int singles = Integer.parseInt(env("SINGLE_ORDERS", "4000"));
    int warmup = Integer.parseInt(env("WARMUP", "500"));
    int warmupBatches = Integer.parseInt(env("WARMUP_BATCHES", "5"));
    System.out.printf("order intake benchmark: %s, %d cores, run %s%n", APP, Runtime.getRuntime().availableProcessors(), RUN);

    String token = token();
    // Warm-up: the JIT, the connection pool and PostgreSQL's caches, not measured.
    long w = System.nanoTime();
    runSingles(token, Math.min(clients, 4), warmup, false);
    for (int i = 0; i < warmupBatches; i++) { // the JIT compiles the batch path only after a few batches
      postBatch(token, 1_000);
    }
    System.out.printf("warm-up     : %d single orders and %d batches of 1,000 in %.1f s (not counted)%n", warmup, warmupBatches,
        (System.nanoTime() - w) / 1e9);

    settle();
    token = token();
    long t0 = System.nanoTime();
    StringBuilder each = new StringBuilder();
    for (int i = 0; i < batches; i++) {
      long b = System.nanoTime();
      postBatch(token, 1_000);
      each.append(i == 0 ? "" : " ").append(String.format("%.2f", (System.nanoTime() - b) / 1e9));
    }
    double batchSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("batches     : seconds each: %s%n", each);
    double batchRate = batches * 1_000 / batchSeconds;
    System.out.printf("API batch   : %,d orders in %.2f s = %,.0f orders/s (1 client, 1,000 per request)%n", batches * 1_000, batchSeconds, batchRate);

    settle();
    double rawRate = baseline(batches);
    System.out.printf("ratio       : API batch / raw database = %.2f (target >= 0.50)%n", batchRate / rawRate);

    token = token();
    long[] latencies = runSingles(token, clients, singles, true);
    System.out.printf("API single  : %,d orders, %d clients %s: %,.0f orders/s; latency ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f (target p99 < 50)%n",
        singles, clients, THINK_MS == 0 ? "back to back" : "pausing 0.5-1.5 x " + THINK_MS + " ms", singles / (latencies[latencies.length - 1] / 1e9),
        pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies[latencies.length - 2] / 1e6);
  }

  /**
   * VACUUM ANALYZE of the tables an order writes, as their owner (DB_OWNER_USER), before the API's
   * batches and before the raw baseline: each then starts from the same state, and no autovacuum
   * set off by the rows written just before runs in the middle of a measurement (seen: the first
   * measured batches took 3.95 and 2.51 s while ntf_message was being vacuumed, the next 0.6-0.8 s).
   * Skipped, with a line saying so, without the owner's credentials.
   */
  static void settle() throws SQLException {
    String owner = env("DB_OWNER_USER", "");
    if (owner.isEmpty()) {
      System.out.println("settle      : no DB_OWNER_USER, tables not vacuumed before the measurement");
      return;
    }
    try (Connection c = DriverManager.getConnection(env("DB_URL", null), owner, env("DB_OWNER_PASSWORD", ""));
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      for (String table : new String[] {"ord_order", "ord_order_line", "ord_order_event", "cc_call_task", "ntf_message", "audit_log"}) {
        st.execute("vacuum analyze " + table);
      }
    }
  }

  /** The same rows as the API writes per order, straight into PostgreSQL; returns orders/second. */
  static double baseline(int batches) throws SQLException {
    try (Connection c = DriverManager.getConnection(env("DB_URL", null), env("DB_USER", null), env("DB_PASSWORD", null))) {
      c.setAutoCommit(false);
      String[] names = new String[SKUS.length];
      long[] prices = new long[SKUS.length];
      bindTenant(c);
      try (PreparedStatement q = c.prepareStatement("select sku, name, price_minor from cat_sku where sku = ?")) {
        for (int i = 0; i < SKUS.length; i++) {
          q.setString(1, SKUS[i]);
          try (ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
              throw new IllegalStateException("demo SKU " + SKUS[i] + " is missing");
            }
            names[i] = rs.getString(2);
            prices[i] = rs.getLong(3);
          }
        }
      }
      c.commit();
      long t0 = System.nanoTime();
      for (int b = 0; b < batches; b++) {
        bindTenant(c);
        try (PreparedStatement order = c.prepareStatement(
                "insert into ord_order (id, tenant_id, external_number, status, buyer_name, buyer_phone, buyer_email,"
                    + " buyer_time_zone, buyer_time_zone_source, address_country, address_region, address_city, address_street,"
                    + " address_postal_code, currency, goods_total_minor, delivery_fee_minor, cod_amount_minor, payment_form,"
                    + " delivery_method, received_at, updated_at, last_event_seq, version)"
                    + " values (?, ?, ?, 'AWAITING_CONFIRMATION', ?, ?, ?, 'Europe/Moscow', 'REGION', 'RU', ?, ?, ?, ?, 'RUB', ?, ?, ?,"
                    + " 'COD_CASH', 'POST', ?, ?, 2, 1)");
            PreparedStatement line = c.prepareStatement(
                "insert into ord_order_line (tenant_id, order_id, line_no, sku, name, qty, unit_price_minor) values (?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement event = c.prepareStatement(
                "insert into ord_order_event (id, tenant_id, order_id, seq, from_status, to_status, actor, occurred_at, reason)"
                    + " values (?, ?, ?, ?, ?, ?, 'bench', ?, ?)");
            PreparedStatement task = c.prepareStatement(
                "insert into cc_call_task (id, tenant_id, order_id, kind, state, buyer_zone, received_at, due_at, available_at,"
                    + " priority_at, attempts, unreachable, call_backs, created_at, version)"
                    + " values (?, ?, ?, 'CONFIRMATION', 'OPEN', 'Europe/Moscow', ?, ?, ?, ?, 0, 0, 0, ?, 1)");
            PreparedStatement message = c.prepareStatement(
                "insert into ntf_message (id, tenant_id, order_id, moment, audience, channel, language, recipient, subject, body,"
                    + " status, attempts, next_attempt_at, created_at, version)"
                    + " values (?, ?, ?, 'RECEIVED', 'BUYER', ?, 'RU', ?, ?, ?, 'PENDING', 0, ?, ?, 1)");
            PreparedStatement audit = c.prepareStatement(
                "insert into audit_log (tenant_id, occurred_at, actor, action, subject_type, subject_id, after_state)"
                    + " values (?, ?, 'bench', 'order.batch.received', 'orders', 'bench', cast(? as jsonb))")) {
          for (int i = 0; i < 1_000; i++) {
            UUID id = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            long goods = prices[0] * 2 + prices[1];
            order.setObject(1, id);
            order.setString(2, TENANT);
            order.setString(3, "RAW-" + RUN + "-" + SEQ.incrementAndGet());
            order.setString(4, "Иван Петров");
            order.setString(5, "+7916" + String.format("%07d", i));
            order.setString(6, "ivan@example.ru");
            order.setString(7, "Московская обл.");
            order.setString(8, "Химки");
            order.setString(9, "ул. Ленина, 1, кв. 5");
            order.setString(10, "141400");
            order.setLong(11, goods);
            order.setLong(12, 30_000);
            order.setLong(13, goods + 30_000);
            order.setTimestamp(14, now);
            order.setTimestamp(15, now);
            order.addBatch();
            for (int l = 0; l < 2; l++) {
              line.setString(1, TENANT);
              line.setObject(2, id);
              line.setInt(3, l);
              line.setString(4, SKUS[l]);
              line.setString(5, names[l]);
              line.setInt(6, 2 - l);
              line.setLong(7, prices[l]);
              line.addBatch();
            }
            for (int e = 1; e <= 2; e++) {
              event.setObject(1, UUID.randomUUID());
              event.setString(2, TENANT);
              event.setObject(3, id);
              event.setInt(4, e);
              event.setString(5, e == 1 ? null : "RECEIVED");
              event.setString(6, e == 1 ? "RECEIVED" : "AWAITING_CONFIRMATION");
              event.setTimestamp(7, now);
              event.setString(8, e == 1 ? "received via API" : null);
              event.addBatch();
            }
            Timestamp due = Timestamp.from(now.toInstant().plusSeconds(3_600));
            task.setObject(1, UUID.randomUUID());
            task.setString(2, TENANT);
            task.setObject(3, id);
            task.setTimestamp(4, now);
            task.setTimestamp(5, due);
            task.setTimestamp(6, due);
            task.setTimestamp(7, due);
            task.setTimestamp(8, now);
            task.addBatch();
            for (String channel : new String[] {"EMAIL", "SMS"}) {
              boolean email = channel.equals("EMAIL");
              message.setObject(1, UUID.randomUUID());
              message.setString(2, TENANT);
              message.setObject(3, id);
              message.setString(4, channel);
              message.setString(5, email ? "ivan@example.ru" : "+7916" + String.format("%07d", i));
              message.setString(6, email ? "Заказ принят" : null);
              message.setString(7, "Здравствуйте, Иван Петров! Ваш заказ принят; мы позвоним, чтобы подтвердить его.");
              message.setTimestamp(8, now);
              message.setTimestamp(9, now);
              message.addBatch();
            }
            if (i % 50 == 49) { // the API audits each transaction of 50 orders (BatchIntake.CHUNK)
              audit.setString(1, TENANT);
              audit.setTimestamp(2, now);
              audit.setString(3, "[]");
              audit.addBatch();
            }
          }
          order.executeBatch();
          line.executeBatch();
          event.executeBatch();
          task.executeBatch();
          message.executeBatch();
          audit.executeBatch();
        }
        c.commit();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double rate = batches * 1_000 / seconds;
      System.out.printf("raw database: %,d orders in %.2f s = %,.0f orders/s (1 connection, JDBC batches of 1,000 orders: order + 2 lines + 2 events + call task + 2 messages)%n",
          batches * 1_000, seconds, rate);
      return rate;
    }
  }

  static void bindTenant(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      p.setString(1, TENANT);
      p.execute();
    }
  }

  static void postBatch(String token, int n) throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder("{\"orders\":[");
    for (int i = 0; i < n; i++) {
      body.append(i == 0 ? "" : ",").append(order());
    }
    body.append("]}");
    HttpResponse<String> r = post(token, "/api/v1/orders/batch", body.toString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("batch answered " + r.statusCode() + ": " + r.body());
    }
    int created = count(r.body(), "\"status\":\"created\"");
    if (created != n) {
      throw new IllegalStateException("batch created " + created + " of " + n + ": " + r.body().substring(0, Math.min(2_000, r.body().length())));
    }
  }

  /** Runs {@code total} single-order posts from {@code clients} threads; the last element of the result is the wall time. */
  static long[] runSingles(String token, int clients, int total, boolean paced) throws Exception {
    long[] latencies = new long[total + 1];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients, task -> {
      Thread t = new Thread(task);
      t.setDaemon(true); // a failed client ends the run instead of leaving the others running
      return t;
    });
    long t0 = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      work.add(pool.submit(() -> {
        if (paced && THINK_MS > 0) { // clients start at random moments within the first THINK_MS, not all at once
          Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
        }
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          long s = System.nanoTime();
          HttpResponse<String> r = post(token, "/api/v1/orders", order());
          latencies[i] = System.nanoTime() - s;
          if (r.statusCode() != 201) {
            throw new IllegalStateException("order answered " + r.statusCode() + ": " + r.body());
          }
          if (paced) {
            think();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    long wall = System.nanoTime() - t0;
    pool.shutdown();
    long[] sorted = Arrays.copyOf(latencies, total);
    Arrays.sort(sorted);
    long[] result = Arrays.copyOf(sorted, total + 1);
    result[total] = wall;
    return result;
  }

  /** A paced client's pause after a request: a random 0.5–1.5 × THINK_MS; none by default. */
  static void think() throws InterruptedException {
    if (THINK_MS > 0) {
      Thread.sleep(THINK_MS / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
    }
  }

  /** The percentile of the sorted latencies (the last element is the wall time, not a latency), in ms. */
  static double pct(long[] withWall, int p) {
    int n = withWall.length - 1;
    int i = Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1);
    return withWall[Math.max(0, i)] / 1e6;
  }

  static String order() {
    int n = SEQ.incrementAndGet();
    return "{\"externalNumber\":\"B-" + RUN + "-" + n + "\",\"buyer\":{\"name\":\"Иван Петров\",\"phone\":\"8 (916) "
        + String.format("%03d-%02d-%02d", n % 1000, n / 1000 % 100, n / 100_000 % 100)
        + "\",\"email\":\"ivan@example.ru\",\"address\":{\"country\":\"RU\",\"region\":\"Московская обл.\",\"city\":\"Химки\","
        + "\"street\":\"ул. Ленина, 1, кв. 5\",\"postalCode\":\"141400\"}},\"lines\":[{\"sku\":\"" + SKUS[0] + "\",\"qty\":2},{\"sku\":\""
        + SKUS[1] + "\",\"qty\":1}],\"deliveryFeeMinor\":30000,\"paymentForm\":\"COD_CASH\",\"deliveryMethod\":\"POST\"}";
  }

  static HttpResponse<String> post(String token, String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(APP + path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + token())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static volatile String cachedToken;
  private static volatile long cachedAtNanos;

  /** A token of alfa-manager, fetched anew once a minute (tokens live five minutes). */
  static synchronized String token() throws IOException, InterruptedException {
    if (cachedToken == null || System.nanoTime() - cachedAtNanos > 60_000_000_000L) {
      cachedToken = fetchToken();
      cachedAtNanos = System.nanoTime();
    }
    return cachedToken;
  }

  static String fetchToken() throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=fulfil-cli&client_secret=fulfil-cli-secret&username=alfa-manager&password=demo";
    HttpRequest request = HttpRequest.newBuilder(URI.create(KC + "/realms/fulfil/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("Keycloak answered " + r.statusCode() + ": " + r.body());
    }
    return m.group(1);
  }

  static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      if (fallback == null) {
        throw new IllegalStateException("set " + name);
      }
      return fallback;
    }
    return v;
  }
}
