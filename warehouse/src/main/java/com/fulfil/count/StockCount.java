package com.fulfil.count;

import com.fulfil.tenancy.TenantId;
import com.fulfil.tenancy.TenantOwned;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cycle count of some bins of one shop, and its rules: bins are counted only while COUNTING,
 * each once per round; when the last bin is in, the count closes by itself if nothing differs from
 * the books, else waits for approval; only a person who counted none of the round's bins approves
 * or rejects; a rejection starts the next round with every bin to be counted again.
 */
@Entity
@Table(name = "wh_count")
public class StockCount extends TenantOwned {

  private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;
  private String code;

  @Enumerated(EnumType.STRING)
  private CountStatus status;

  private int round;
  private String note;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(mappedBy = "count", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("seq")
  private List<CountBin> bins = new ArrayList<>();

  @Version private long version;

  protected StockCount() {}

  static StockCount open(TenantId tenant, List<UUID> binIds, String note, String actor, Instant now) {
    StockCount c = new StockCount();
    c.id = UUID.randomUUID();
    c.code = newCode(tenant);
    c.status = CountStatus.COUNTING;
    c.round = 1;
    c.note = note;
    c.createdBy = actor;
    c.createdAt = now;
    c.updatedAt = now;
    for (UUID binId : binIds) {
      c.bins.add(new CountBin(c, binId, c.bins.size()));
    }
    return c;
  }

  /** CNT.&lt;tenant&gt;.&lt;10 random characters&gt;: the scanned sheet names the shop. */
  static String newCode(TenantId tenant) {
    StringBuilder b = new StringBuilder("CNT.").append(tenant.value()).append('.');
    for (int i = 0; i < 10; i++) {
      b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  /** The shop whose count a scanned code names, if the code has the shape of one. */
  static Optional<TenantId> tenantOfCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String[] parts = code.trim().split("\\.", -1);
    if (parts.length != 3 || !parts[0].equals("CNT") || !TenantId.isValid(parts[1])
        || !parts[2].matches("[" + CODE_ALPHABET + "]{10}")) {
      return Optional.empty();
    }
    return Optional.of(new TenantId(parts[1]));
  }

  /**
   * The bin about to be counted: 409 naming {@code status} unless COUNTING, 422 naming {@code bin}
   * for a bin not on this count, 409 naming {@code bin} for one already counted this round.
   */
  CountBin binToCount(UUID binId, String barcode) {
    if (status != CountStatus.COUNTING) {
      throw ProblemException.conflict("status", "count " + code + " is " + status + " and takes no tallies");
    }
    CountBin bin = bins.stream().filter(b -> b.binId().equals(binId)).findFirst().orElseThrow(() -> {
      String message = "bin " + barcode + " is not on count " + code;
      return ProblemException.unprocessable(message, List.of(Violation.field("bin", message)));
    });
    if (bin.counted()) {
      throw ProblemException.conflict("bin", "bin " + barcode + " is already counted in round " + round);
    }
    return bin;
  }

  /**
   * A bin's tally is in. When it was the last, the round ends: CLOSED when nothing in the round
   * differs from the books, else AWAITING_APPROVAL.
   */
  void tallied(CountBin bin, String counter, Instant now, boolean roundHasVariance) {
    bin.counted(counter, now);
    updatedAt = now;
    if (bins.stream().allMatch(CountBin::counted)) {
      status = roundHasVariance ? CountStatus.AWAITING_APPROVAL : CountStatus.CLOSED;
    }
  }

  /** Who may decide: 409 naming {@code status} unless waiting; 403 naming {@code approver} for a counter. */
  private void requireDecidableBy(String decider) {
    if (status != CountStatus.AWAITING_APPROVAL) {
      throw ProblemException.conflict("status", "count " + code + " is " + status + ", not awaiting approval");
    }
    if (counters().contains(decider)) {
      String message = "another person must decide: " + decider + " counted bins of this count in round " + round;
      throw new ProblemException(403, "four-eyes", "Another person must decide", message, List.of(Violation.field("approver", message)));
    }
  }

  /** The variances are accepted: the service posts them as adjustments. */
  void approve(String approver, Instant now) {
    requireDecidableBy(approver);
    status = CountStatus.ADJUSTED;
    updatedAt = now;
  }

  /** The round is not believed: every bin is counted again in the next round. */
  void reject(String decider, Instant now) {
    requireDecidableBy(decider);
    status = CountStatus.COUNTING;
    round++;
    bins.forEach(CountBin::recount);
    updatedAt = now;
  }

  /** Who counted bins in the current round. */
  List<String> counters() {
    return bins.stream().map(CountBin::countedBy).filter(java.util.Objects::nonNull).distinct().sorted().toList();
  }

  /** The shop, as the code names it (the tenant mirror column is empty on a count not yet read back). */
  TenantId shop() {
    return tenantOfCode(code).orElseThrow();
  }

  boolean open() {
    return status == CountStatus.COUNTING || status == CountStatus.AWAITING_APPROVAL;
  }

  Collection<UUID> binIds() {
    return bins.stream().map(CountBin::binId).toList();
  }

  UUID id() { return id; }
  String code() { return code; }
  CountStatus status() { return status; }
  int round() { return round; }
  String note() { return note; }
  String createdBy() { return createdBy; }
  Instant createdAt() { return createdAt; }
  Instant updatedAt() { return updatedAt; }
  List<CountBin> bins() { return List.copyOf(bins); }
  long version() { return version; }
}
