import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Next call" benchmark against a running platform (infra/bench/run.sh next-call starts one).
 *
 * <p>Seeds OPEN_TASKS (100,000) open, callable confirmation tasks with their orders, split over
 * the demo shops "alfa" and "bravo", straight into PostgreSQL as the owning role (the seed is not
 * what is measured). Then OPERATORS (20) operators, operator01…, each with a token of its own, loop:
 * {@code POST /api/v1/ops/calls/next} (timed: claim across shops with SKIP LOCKED, bind the shop,
 * read task, order, script and stock), then record {@code CALL_BACK} two days ahead (not timed) so
 * that the task stays open and the queue keeps its size. Prints pulls/second and the latency
 * p50/p90/p99/max of next call, and the open tasks before and after.
 *
 * <p>By default the operators pull back to back (THINK_MS 0): the server's capacity, where on two
 * cores the latency is mostly queueing. THINK_MS paces them as people on the phone: after each
 * call-back an operator waits a random 0.5–1.5 × THINK_MS (not in the latency) before the next pull,
 * and the operators start at random moments within the first THINK_MS.
 *
 * <p>Environment: APP, KC, DB_URL, DB_OWNER_USER, DB_OWNER_PASSWORD; optional OPEN_TASKS, OPERATORS,
 * PULLS (4,000), WARMUP (2,000, never paced: the JIT was still compiling the pull path after 400), THINK_MS (0),
 * SETTLE (2,400 paced pulls after the warm-up, about a minute at THINK_MS 500, printed apart and not
 * counted: the steady state is what is measured),
 * LATENCY_LOG (a file to write each measured pull to: its start, UTC, and its latency in ms).
 */
public class NextCallBench {

  static final String APP = env("APP", "http://127.0.0.1:8080");
  static final String KC = env("KC", "http://127.0.0.1:8180");
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  static final long THINK_MS = Long.parseLong(env("THINK_MS", "0"));
  static final String LATENCY_LOG = env("LATENCY_LOG", "");
  static final Pattern TASK_ID = Pattern.compile("\"taskId\":\"([0-9a-f-]{36})\"");

  public static void main(String[] args) throws Exception {
    int openTasks = Integer.parseInt(env("OPEN_TASKS", "100000"));
    int operators = Integer.parseInt(env("OPERATORS", "20"));
    int pulls = Integer.parseInt(env("PULLS", "4000"));
    int warmup = Integer.parseInt(env("WARMUP", "2000"));
    int settle = Integer.parseInt(env("SETTLE", "2400"));
    System.out.printf("next-call benchmark: %s, %d cores%n", APP, Runtime.getRuntime().availableProcessors());

    long t0 = System.nanoTime();
    seed("alfa", openTasks / 2);
    seed("bravo", openTasks - openTasks / 2);
    System.out.printf("seeded      : %,d open tasks with their orders in %.1f s; open tasks of all shops now %,d%n",
        openTasks, (System.nanoTime() - t0) / 1e9, openTasks());

    run(operators, warmup, false, false);
    if (THINK_MS > 0 && settle > 0) {
      // The paced pulls right after the back-to-back warm-up are slow while the JIT works off what
      // the burst queued (p50 12-19 ms in the first 30 s of a fresh platform, 7-9 ms after a minute).
      long[] settling = run(operators, settle, true, false);
      System.out.printf("settling    : %,d paced pulls, not counted: p50 %.1f  p99 %.1f  max %.1f%n",
          settle, pct(settling, 50), pct(settling, 99), settling[settle - 1] / 1e6);
    }
    long[] latencies = run(operators, pulls, true, true);
    System.out.printf("next call   : %,d pulls by %d operators %s: %,.0f pulls/s; latency ms p50 %.1f  p90 %.1f  p99 %.1f  max %.1f (target p99 < 20)%n",
        pulls, operators, THINK_MS == 0 ? "back to back" : "pausing 0.5-1.5 x " + THINK_MS + " ms", pulls / (latencies[pulls] / 1e9), pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies[pulls - 1] / 1e6);
    System.out.printf("open tasks after: %,d%n", openTasks());
  }

  /** {@code total} pulls shared by the operators, each pull followed by a call-back; returns sorted latencies + wall time. */
  static long[] run(int operators, int total, boolean paced, boolean measured) throws Exception {
    long[] latencies = new long[total + 1];
    Instant[] startedAt = new Instant[total]; // for LATENCY_LOG
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(operators, task -> {
      Thread t = new Thread(task);
      t.setDaemon(true); // a failed operator ends the run instead of leaving the others running
      return t;
    });
    String callBackAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).plusDays(2).withNano(0).toString();
    long t0 = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    for (int op = 0; op < operators; op++) {
      String user = String.format("operator%02d", op + 1);
      work.add(pool.submit(() -> {
        String token = token(user);
        long fetched = System.nanoTime();
        if (paced && THINK_MS > 0) { // operators start at random moments within the first THINK_MS, not all at once
          Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
        }
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          if (System.nanoTime() - fetched > 120_000_000_000L) { // tokens live five minutes
            token = token(user);
            fetched = System.nanoTime();
          }
          startedAt[i] = Instant.now();
          long s = System.nanoTime();
          HttpResponse<String> r = post(token, "/api/v1/ops/calls/next", "");
          latencies[i] = System.nanoTime() - s;
          if (r.statusCode() != 200) {
            throw new IllegalStateException("next call answered " + r.statusCode() + ": " + r.body());
          }
          Matcher m = TASK_ID.matcher(r.body());
          if (!m.find()) {
            throw new IllegalStateException("no taskId in " + r.body());
          }
          HttpResponse<String> o = post(token, "/api/v1/ops/calls/" + m.group(1) + "/outcome",
              "{\"outcome\":\"CALL_BACK\",\"callBackAt\":\"" + callBackAt + "\",\"notes\":\"bench\"}");
          if (o.statusCode() != 200) {
            throw new IllegalStateException("outcome answered " + o.statusCode() + ": " + o.body());
          }
          if (paced && THINK_MS > 0) {
            Thread.sleep(THINK_MS / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
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
    if (measured && !LATENCY_LOG.isEmpty()) { // one line per pull: start (UTC), latency in ms; to lay beside a GC log
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        rows.add(startedAt[i] + " " + latencies[i] / 1e6);
      }
      Files.write(Path.of(LATENCY_LOG), rows);
    }
    long[] sorted = Arrays.copyOf(latencies, total);
    Arrays.sort(sorted);
    long[] result = Arrays.copyOf(sorted, total + 1);
    result[total] = wall;
    return result;
  }

  /** {@code n} orders of the shop awaiting confirmation, each with a line, its two events and an open, callable task. */
  static void seed(String tenant, int n) throws SQLException {
    String run = "NC-" + Long.toString(System.nanoTime(), 36) + "-";
    // Buyers whose clock shows about 13:00 now, so that the shops' calling windows are open
    // whenever the benchmark runs (Etc/GMT-3 is UTC+3).
    int offset = Math.floorMod(13 - OffsetDateTime.now(ZoneOffset.UTC).getHour() + 11, 24) - 11;
    String zone = offset == 0 ? "Etc/UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    try (Connection c = owner()) {
      c.setAutoCommit(false);
      bind(c, tenant);
      String sku;
      String name;
      long price;
      String currency;
      try (PreparedStatement q = c.prepareStatement(
              "select s.sku, s.name, s.price_minor, t.currency from cat_sku s join tenant t on t.id = s.tenant_id order by s.sku limit 1");
          ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("shop " + tenant + " has no SKU: demo data missing");
        }
        sku = rs.getString(1);
        name = rs.getString(2);
        price = rs.getLong(3);
        currency = rs.getString(4);
      }
      update(c, "insert into ord_order (id, tenant_id, external_number, status, buyer_name, buyer_phone, buyer_time_zone,"
              + " buyer_time_zone_source, address_country, address_city, address_street, currency, goods_total_minor,"
              + " delivery_fee_minor, cod_amount_minor, payment_form, delivery_method, received_at, updated_at, last_event_seq, version)"
              + " select gen_random_uuid(), ?, ? || g, 'AWAITING_CONFIRMATION', 'Иван Петров', '+7916' || lpad(g::text, 7, '0'),"
              + " ?, 'STATED', 'RU', 'Химки', 'ул. Ленина, 1', ?, ?, 0, ?, 'COD_CASH', 'POST',"
              + " now() - interval '50 minutes' - g * interval '1 millisecond', now(), 2, 1 from generate_series(1, ?) g",
          tenant, run, zone, currency, price, price, n);
      update(c, "insert into ord_order_line (tenant_id, order_id, line_no, sku, name, qty, unit_price_minor)"
              + " select tenant_id, id, 0, ?, ?, 1, ? from ord_order where external_number like ? || '%'",
          sku, name, price, run);
      update(c, "insert into ord_order_event (id, tenant_id, order_id, seq, from_status, to_status, actor, occurred_at, reason)"
              + " select gen_random_uuid(), tenant_id, id, e.seq, case e.seq when 1 then null else 'RECEIVED' end,"
              + " case e.seq when 1 then 'RECEIVED' else 'AWAITING_CONFIRMATION' end, 'bench', received_at, null"
              + " from ord_order, (values (1), (2)) e(seq) where external_number like ? || '%'",
          run);
      update(c, "insert into cc_call_task (id, tenant_id, order_id, kind, state, buyer_zone, received_at, due_at, available_at,"
              + " priority_at, attempts, unreachable, call_backs, created_at, version)"
              + " select gen_random_uuid(), tenant_id, id, 'CONFIRMATION', 'OPEN', buyer_time_zone, received_at,"
              + " received_at + interval '1 hour', received_at, received_at + interval '1 hour', 0, 0, 0, received_at, 1"
              + " from ord_order where external_number like ? || '%'",
          run);
      c.commit();
    }
    try (Connection c = owner()) {
      c.setAutoCommit(true);
      // As a live database would be: statistics of every seeded table current, and nothing left for
      // autovacuum to do in the middle of the measured run (on two cores it would take one of them).
      for (String table : new String[] {"cc_call_task", "ord_order", "ord_order_line", "ord_order_event"}) {
        update(c, "vacuum analyze " + table);
      }
    }
  }

  /** Open tasks of every shop (the owner role sees all call tasks through its own policy). */
  static long openTasks() throws SQLException {
    try (Connection c = owner();
        PreparedStatement q = c.prepareStatement("select count(*) from cc_call_task where state = 'OPEN'");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Connection owner() throws SQLException {
    return DriverManager.getConnection(env("DB_URL", null), env("DB_OWNER_USER", null), env("DB_OWNER_PASSWORD", null));
  }

  static void bind(Connection c, String tenant) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      p.setString(1, tenant);
      p.execute();
    }
  }

  static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      p.execute();
    }
  }

  static double pct(long[] withWall, int p) {
    int n = withWall.length - 1;
    int i = Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1);
    return withWall[Math.max(0, i)] / 1e6;
  }

  static HttpResponse<String> post(String token, String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(APP + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String token(String user) throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=fulfil-cli&client_secret=fulfil-cli-secret&username=" + user + "&password=demo";
    HttpRequest request = HttpRequest.newBuilder(URI.create(KC + "/realms/fulfil/protocol/openid-connect/token"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("Keycloak answered " + r.statusCode() + " for " + user + ": " + r.body());
    }
    return m.group(1);
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
