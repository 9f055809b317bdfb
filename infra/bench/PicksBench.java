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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pick scan benchmark against a running platform (infra/bench/run.sh picks starts one).
 *
 * <p>Seeds, straight into PostgreSQL as the owning role (the seed is not what is measured), a zone
 * of BINS (200) bins, one SKU per bin with an EAN-13, stock in each bin (with its journal row, so
 * the books agree), and two waves of shop "alfa": a warm-up wave of WARMUP_LISTS (600) lists and the measured
 * wave of LISTS (600) lists with PICKS (3) picks each, every pick backed by a reservation. Then
 * SCANNERS (50) pickers, picker01…, each with its own token, loop as a hand scanner does: claim the
 * next list of the wave ({@code POST /api/v1/ops/picking/lists/next}), then per pick scan the bin,
 * scan the item, confirm the quantity, until the wave is empty. Every scan request is timed. Prints
 * scans/second and latency p50/p90/p99/max per step and over all scans, then checks that every
 * list is PICKED and the shop's books still agree (balances = sums of movements).
 *
 * <p>By default the scanners never pause (THINK_MS 0): the server's capacity under 50 scanners
 * firing back to back. THINK_MS paces them as people: after each scan and after taking a list a
 * scanner waits a random 0.5–1.5 × THINK_MS (walking to the bin, taking the item) before the next,
 * and the scanners start at random moments within the first THINK_MS, not all in the same
 * millisecond (a shift does not begin with 50 simultaneous claims); the waits are not in the latency.
 *
 * <p>Environment: APP, KC, DB_URL, DB_OWNER_USER, DB_OWNER_PASSWORD; optional SCANNERS, LISTS, PICKS, BINS, WARMUP_LISTS, THINK_MS.
 */
public class PicksBench {

  static final String APP = env("APP", "http://127.0.0.1:8080");
  static final String KC = env("KC", "http://127.0.0.1:8180");
  static final String TENANT = "alfa";
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  static final Pattern TOTE = Pattern.compile("\"tote\":\"([^\"]+)\"");
  static final String EAN_PREFIX = String.format("29%04d", (int) (System.nanoTime() / 1000 % 10_000));

  /** One pick as seeded: where, what and how many (what the picker reads off the scanner's screen). */
  record PickPlan(String bin, String barcode, int qty) {}

  /** A seeded list: its id and picks, found by the tote the claim answers with. */
  record ListPlan(UUID id, List<PickPlan> picks) {}

  static final Map<String, ListPlan> PLANS = new ConcurrentHashMap<>();
  static final long THINK_MS = Long.parseLong(env("THINK_MS", "0"));

  public static void main(String[] args) throws Exception {
    int scanners = Integer.parseInt(env("SCANNERS", "50"));
    int lists = Integer.parseInt(env("LISTS", "600"));
    int picks = Integer.parseInt(env("PICKS", "3"));
    int bins = Integer.parseInt(env("BINS", "200"));
    int warmupLists = Integer.parseInt(env("WARMUP_LISTS", "600"));
    System.out.printf("picks benchmark: %s, %d cores, %d scanners, %s%n", APP, Runtime.getRuntime().availableProcessors(), scanners,
        THINK_MS == 0 ? "back to back (THINK_MS 0)" : "pausing 0.5-1.5 x " + THINK_MS + " ms after each scan (THINK_MS)");

    long t0 = System.nanoTime();
    Seed seed = seed(bins, List.of(warmupLists, lists), picks);
    System.out.printf("seeded      : %d bins, %d SKUs, waves of %d (warm-up) and %d lists × %d picks in %.1f s%n",
        bins, bins, warmupLists, lists, picks, (System.nanoTime() - t0) / 1e9);

    String[] users = new String[scanners];
    for (int i = 0; i < scanners; i++) {
      users[i] = String.format("picker%02d", i + 1);
    }
    long w = System.nanoTime();
    run(users, seed.waves.get(0), false); // warm-up, never paced: the JIT compiles the scan path (a CPU profile of a run
    // with a warm-up of 50 lists put half the process's CPU in the JIT compiler during the measured wave)
    System.out.printf("warm-up     : %d lists in %.1f s (not counted)%n", warmupLists, (System.nanoTime() - w) / 1e9);
    Result r = run(users, seed.waves.get(1), true);
    int expectedScans = lists * picks * 3;
    if (r.scans != expectedScans) {
      throw new IllegalStateException("made " + r.scans + " scans, expected " + expectedScans);
    }
    System.out.printf("scans       : %,d scans (%,d picks of %,d lists) by %d scanners in %.1f s: %,.0f scans/s, %,.0f picks/s%n",
        r.scans, lists * picks, lists, scanners, r.wallNanos / 1e9, r.scans / (r.wallNanos / 1e9), lists * picks / (r.wallNanos / 1e9));
    print("all scans", r.all);
    print("bin scan", r.bin);
    print("item scan", r.item);
    print("confirm qty", r.qty);
    print("claim list", r.claim);
    System.out.printf("check       : %d of %d lists PICKED; books agree: %s; 503 answers retried (latency includes the retries): %d%n",
        picked(seed.waves.get(1)), lists, booksAgree(), UNAVAILABLE.get());
  }

  record Seed(List<UUID> waves) {}

  static final class Result {
    long scans;
    long wallNanos;
    final List<Long> all = new ArrayList<>();
    final List<Long> bin = new ArrayList<>();
    final List<Long> item = new ArrayList<>();
    final List<Long> qty = new ArrayList<>();
    final List<Long> claim = new ArrayList<>();
  }

  /** A scanner's token, fetched again after two minutes (tokens live five). */
  static final class Session {
    final String user;
    String token;
    long fetched;

    Session(String user) {
      this.user = user;
    }

    String token() throws IOException, InterruptedException {
      if (token == null || System.nanoTime() - fetched > 120_000_000_000L) {
        token = PicksBench.token(user);
        fetched = System.nanoTime();
      }
      return token;
    }
  }

  /** Whether the scanners pause (THINK_MS) in the run going on: never in the warm-up. */
  static volatile boolean pacing;

  static Result run(String[] users, UUID wave, boolean paced) throws Exception {
    pacing = paced;
    Result result = new Result();
    ExecutorService pool = Executors.newFixedThreadPool(users.length, task -> {
      Thread t = new Thread(task);
      t.setDaemon(true); // a failed scanner ends the run instead of leaving the others running
      return t;
    });
    List<Future<Result>> work = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    for (String user : users) {
      Session session = new Session(user);
      session.token();
      sessions.add(session);
    }
    long t0 = System.nanoTime();
    for (Session session : sessions) {
      work.add(pool.submit(() -> {
        Result mine = new Result();
        if (pacing && THINK_MS > 0) {
          Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
        }
        while (true) {
          String token = session.token();
          long s = System.nanoTime();
          HttpResponse<String> claim = post(token, "/api/v1/ops/picking/lists/next", "{\"wave\":\"" + wave + "\"}");
          mine.claim.add(System.nanoTime() - s);
          if (claim.statusCode() == 204) {
            return mine;
          }
          expect(200, claim);
          think();
          Matcher m = TOTE.matcher(claim.body());
          ListPlan plan = m.find() ? PLANS.get(m.group(1)) : null;
          if (plan == null) {
            throw new IllegalStateException("claimed an unknown list: " + claim.body());
          }
          String base = "/api/v1/ops/picking/lists/" + plan.id();
          for (PickPlan p : plan.picks()) {
            String token2 = session.token();
            time(mine, mine.bin, () -> post(token2, base + "/bin-scans", "{\"barcode\":\"" + p.bin() + "\"}"));
            time(mine, mine.item, () -> post(token2, base + "/item-scans", "{\"barcode\":\"" + p.barcode() + "\"}"));
            time(mine, mine.qty, () -> post(token2, base + "/confirmations", "{\"qty\":" + p.qty() + "}"));
          }
        }
      }));
    }
    for (Future<Result> f : work) {
      Result r = f.get();
      result.scans += r.scans;
      result.all.addAll(r.all);
      result.bin.addAll(r.bin);
      result.item.addAll(r.item);
      result.qty.addAll(r.qty);
      result.claim.addAll(r.claim);
    }
    result.wallNanos = System.nanoTime() - t0;
    pool.shutdownNow();
    return result;
  }

  interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** 503 answers (the container turning a request away), retried after a pause and counted, not hidden. */
  static final AtomicInteger UNAVAILABLE = new AtomicInteger();

  static void time(Result r, List<Long> step, Call call) throws Exception {
    long s = System.nanoTime();
    HttpResponse<String> response = call.send();
    for (int retry = 0; response.statusCode() == 503 && retry < 5; retry++) {
      UNAVAILABLE.incrementAndGet();
      Thread.sleep(200);
      response = call.send();
    }
    long took = System.nanoTime() - s;
    expect(200, response);
    r.scans++;
    r.all.add(took);
    step.add(took);
    think();
  }

  /** A paced scanner's pause: a random 0.5–1.5 × THINK_MS; none by default. */
  static void think() throws InterruptedException {
    if (pacing && THINK_MS > 0) {
      Thread.sleep(THINK_MS / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MS + 1));
    }
  }

  static void expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  static void print(String what, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("%-12s: n %,6d  latency ms p50 %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f%n", what, sorted.length,
        pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
  }

  static double pct(long[] sorted, int p) {
    int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  /**
   * A zone of bins with one SKU each and ample stock, and one wave per entry of {@code listsPerWave}:
   * lists of {@code picks} picks of one unit from distinct bins, each pick with its reservation.
   */
  static Seed seed(int bins, List<Integer> listsPerWave, int picks) throws SQLException {
    String run = "PB" + Long.toString(System.nanoTime(), 36).toUpperCase();
    run = run.substring(0, Math.min(run.length(), 14));
    UUID zone = UUID.randomUUID();
    String[] binCodes = new String[bins];
    UUID[] binIds = new UUID[bins];
    String[] skus = new String[bins];
    String[] barcodes = new String[bins];
    UUID[] balances = new UUID[bins];
    int total = listsPerWave.stream().mapToInt(Integer::intValue).sum() * picks;
    int[] reservedPerBin = new int[bins];
    for (int k = 0; k < total; k++) {
      reservedPerBin[k % bins]++;
    }
    List<UUID> waves = new ArrayList<>();
    try (Connection c = owner()) {
      c.setAutoCommit(false);
      update(c, "insert into wh_zone (id, code, name, kind, created_at, version) values (?, ?, ?, 'STORAGE', now(), 1)",
          zone, run, "Bench " + run);
      for (int i = 0; i < bins; i++) {
        binIds[i] = UUID.randomUUID();
        binCodes[i] = run + "-" + i;
        skus[i] = run + "-SKU-" + i;
        barcodes[i] = ean13(i);
        balances[i] = UUID.randomUUID();
      }
      try (PreparedStatement p = c.prepareStatement(
          "insert into wh_bin (id, zone_id, aisle, rack, shelf, position, barcode, walk_seq, created_at, updated_at, version)"
              + " values (?, ?, ?, ?, '1', ?, ?, ?, now(), now(), 1)")) {
        for (int i = 0; i < bins; i++) {
          p.setObject(1, binIds[i]);
          p.setObject(2, zone);
          p.setString(3, String.valueOf(i / 100 + 1));
          p.setString(4, String.valueOf(i / 10 % 10 + 1));
          p.setString(5, String.valueOf(i % 10 + 1));
          p.setString(6, binCodes[i]);
          p.setInt(7, 5_000_000 + i * 10);
          p.addBatch();
        }
        p.executeBatch();
      }
      bind(c, TENANT);
      int onHand = 10_000;
      try (PreparedStatement sku = c.prepareStatement(
              "insert into cat_sku (id, tenant_id, sku, name, weight_grams, length_mm, width_mm, height_mm, price_minor, currency,"
                  + " expiry_tracked, created_at, updated_at, version) values (?, ?, ?, ?, 100, 10, 10, 10, 1000, 'RUB', false, now(), now(), 1)");
          PreparedStatement code = c.prepareStatement("insert into cat_sku_barcode (tenant_id, sku_id, barcode) values (?, ?, ?)");
          PreparedStatement balance = c.prepareStatement(
              "insert into wh_stock_balance (id, tenant_id, sku, bin_id, lot, expiry, on_hand, reserved, received_at, version)"
                  + " values (?, ?, ?, ?, '', null, ?, ?, now(), 1)");
          PreparedStatement movement = c.prepareStatement(
              "insert into wh_stock_movement (id, tenant_id, sku, lot, expiry, from_bin_id, to_bin_id, qty, reason, reference, note, actor, occurred_at)"
                  + " values (?, ?, ?, '', null, null, ?, ?, 'ADJUSTMENT', null, 'bench stock', 'bench', now())");
          PreparedStatement load = c.prepareStatement("insert into wh_bin_load (bin_id, units) values (?, ?)")) {
        for (int i = 0; i < bins; i++) {
          UUID skuId = UUID.randomUUID();
          sku.setObject(1, skuId);
          sku.setString(2, TENANT);
          sku.setString(3, skus[i]);
          sku.setString(4, "Bench item " + i);
          sku.addBatch();
          code.setString(1, TENANT);
          code.setObject(2, skuId);
          code.setString(3, barcodes[i]);
          code.addBatch();
          balance.setObject(1, balances[i]);
          balance.setString(2, TENANT);
          balance.setString(3, skus[i]);
          balance.setObject(4, binIds[i]);
          balance.setInt(5, onHand);
          balance.setInt(6, reservedPerBin[i]);
          balance.addBatch();
          movement.setObject(1, UUID.randomUUID());
          movement.setString(2, TENANT);
          movement.setString(3, skus[i]);
          movement.setObject(4, binIds[i]);
          movement.setInt(5, onHand);
          movement.addBatch();
          load.setObject(1, binIds[i]);
          load.setLong(2, onHand);
          load.addBatch();
        }
        sku.executeBatch();
        code.executeBatch();
        balance.executeBatch();
        movement.executeBatch();
        load.executeBatch();
      }
      int k = 0;
      for (int w = 0; w < listsPerWave.size(); w++) {
        UUID wave = UUID.randomUUID();
        waves.add(wave);
        update(c, "insert into wh_wave (id, tenant_id, code, released_by, released_at, orders) values (?, ?, ?, 'bench', now(), ?)",
            wave, TENANT, "W-" + run + "-" + w, listsPerWave.get(w));
        try (PreparedStatement list = c.prepareStatement(
                "insert into wh_pick_list (id, tenant_id, wave_id, order_id, order_number, tote, seq, status, released_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'OPEN', now(), 1)");
            PreparedStatement reservation = c.prepareStatement(
                "insert into wh_reservation (id, tenant_id, order_id, balance_id, sku, lot, bin_id, qty, reserved_at)"
                    + " values (?, ?, ?, ?, ?, '', ?, 1, now())");
            PreparedStatement pick = c.prepareStatement(
                "insert into wh_pick (id, tenant_id, list_id, reservation_id, sku, lot, bin_id, seq, qty, picked_qty, bin_scanned,"
                    + " item_scanned, status, version) values (?, ?, ?, ?, ?, '', ?, ?, 1, null, false, false, 'OPEN', 1)")) {
          for (int l = 0; l < listsPerWave.get(w); l++) {
            UUID listId = UUID.randomUUID();
            UUID order = UUID.randomUUID();
            list.setObject(1, listId);
            list.setString(2, TENANT);
            list.setObject(3, wave);
            list.setObject(4, order);
            list.setString(5, run + "-" + w + "-" + l);
            String tote = "TOTE-" + run + "-" + w + "-" + l;
            list.setString(6, tote);
            list.setInt(7, l);
            list.addBatch();
            List<PickPlan> plan = new ArrayList<>();
            for (int s = 0; s < picks; s++, k++) {
              int b = k % bins;
              UUID res = UUID.randomUUID();
              reservation.setObject(1, res);
              reservation.setString(2, TENANT);
              reservation.setObject(3, order);
              reservation.setObject(4, balances[b]);
              reservation.setString(5, skus[b]);
              reservation.setObject(6, binIds[b]);
              reservation.addBatch();
              pick.setObject(1, UUID.randomUUID());
              pick.setString(2, TENANT);
              pick.setObject(3, listId);
              pick.setObject(4, res);
              pick.setString(5, skus[b]);
              pick.setObject(6, binIds[b]);
              pick.setInt(7, s);
              pick.addBatch();
              plan.add(new PickPlan(binCodes[b], barcodes[b], 1));
            }
            PLANS.put(tote, new ListPlan(listId, plan));
          }
          list.executeBatch();
          reservation.executeBatch();
          pick.executeBatch();
        }
      }
      c.commit();
    }
    try (Connection c = owner()) {
      c.setAutoCommit(true);
      // As a live database would be: statistics of every seeded table current, and nothing left for
      // autovacuum to do in the middle of the measured run (on two cores it would take one of them).
      for (String table : new String[] {"cat_sku", "cat_sku_barcode", "wh_bin", "wh_bin_load", "wh_stock_balance",
          "wh_stock_movement", "wh_wave", "wh_pick_list", "wh_pick", "wh_reservation"}) {
        update(c, "vacuum analyze " + table);
      }
    }
    return new Seed(waves);
  }

  static long picked(UUID wave) throws SQLException {
    try (Connection c = owner();
        PreparedStatement q = c.prepareStatement("select count(*) from wh_pick_list where wave_id = ? and status = 'PICKED'")) {
      q.setObject(1, wave);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The shop's books check through the API, as the storekeeper sees it. */
  static String booksAgree() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(APP + "/api/v1/ops/stock/check?tenant=" + TENANT))
        .header("Authorization", "Bearer " + token("storekeeper"))
        .GET()
        .build();
    String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return body.contains("\"agrees\":true") ? "yes" : "NO: " + body.substring(0, Math.min(400, body.length()));
  }

  /** A valid EAN-13 unique per bench run and bin (prefix 29: for internal use). */
  static String ean13(int i) {
    String base = EAN_PREFIX + String.format("%06d", i);
    int sum = 0;
    for (int d = 0; d < 12; d++) {
      int digit = base.charAt(d) - '0';
      sum += d % 2 == 0 ? digit : 3 * digit;
    }
    return base + (10 - sum % 10) % 10;
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
