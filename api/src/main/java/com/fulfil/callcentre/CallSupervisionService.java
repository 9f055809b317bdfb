package com.fulfil.callcentre;

import com.fulfil.order.OrderService;
import com.fulfil.security.Caller;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Supervisors' use cases: per-shop call scripts, the attempts of a shop and their audits
 * (mystery-shopper scores), the calls of an order, and KPIs. A shop is named explicitly in every
 * call that touches its rows and bound with {@link PlatformScope#runAs} (audited); the KPIs read
 * across shops through the database's {@code cc_kpi_facts} function, which returns no buyer data.
 */
@ApplicationScoped
@Transactional
public class CallSupervisionService {

  /** The longest KPI period: a quarter and a bit. Every read has a limit. */
  static final Duration KPI_PERIOD_MAX = Duration.ofDays(93);

  @Inject CallTaskRepository tasks;
  @Inject CallQueueRepository queue;
  @Inject PlatformScope platform;
  @Inject TenantSettings settings;
  @Inject OrderService orders;
  @Inject Caller caller;
  @Inject Clock clock;

  public CallScriptView script(String tenant) {
    return as(tenant, "callcentre.script.read", () ->
        tasks.latestScript().map(s -> CallScriptView.of(tenant, s)).orElse(CallScriptView.none(tenant)));
  }

  /** Saves a new version: 400 naming the field; 409 naming {@code version} if another was saved since. */
  public CallScriptView saveScript(String tenant, CallScriptRequest request) {
    List<Violation> v = request.violations();
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return as(tenant, "callcentre.script.saved", () -> {
      CallScript latest = tasks.latestScript().orElse(null);
      int current = latest == null ? 0 : latest.version();
      if (request.version() != null && request.version() != current) {
        throw ProblemException.conflict(
            "version", "you edited version " + request.version() + ", but version " + current + " was saved since");
      }
      CallScript next = CallScript.next(latest, request.textRu().strip(), request.textEn().strip(), caller.name(), now());
      tasks.add(next);
      return CallScriptView.of(tenant, next);
    });
  }

  /** The shop's attempts started in [{@code from}, {@code to}), oldest first, cursor-paged. */
  public Page<CallAttemptView> attempts(String tenant, String from, String to, PageRequest page) {
    Instant[] period = period(from, to, null);
    Instant afterAt = null;
    UUID afterId = null;
    if (page.after() != null) {
      String[] key = page.after().split("\\|", 2);
      try {
        afterAt = Instant.parse(key[0]);
        afterId = UUID.fromString(key[1]);
      } catch (DateTimeException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
      }
    }
    Instant at = afterAt;
    UUID id = afterId;
    return as(tenant, "callcentre.attempts.read", () -> page.page(
        tasks.attemptsBetween(period[0], period[1], at, id, page.fetchSize()),
        a -> a.startedAt() + "|" + a.id(),
        CallAttemptView::of));
  }

  /** Every call task and attempt of one of the shop's orders (empty lists for an order never called). */
  public OrderCallsView calls(String tenant, UUID orderId) {
    return as(tenant, "callcentre.order-calls.read", () -> callsOf(orderId));
  }

  /**
   * Puts an order on UNREACHABLE_HOLD back into the confirmation queue (the shop asked, or the
   * buyer called in): the order returns to AWAITING_CONFIRMATION and the planner opens a new
   * confirmation task from now. 409 naming {@code status} for an order not on hold; 404 for an
   * order the shop does not have.
   */
  public OrderCallsView resumeCalls(String tenant, UUID orderId, String reason) {
    return as(tenant, "callcentre.order-calls.resumed", () -> {
      orders.resumeConfirmation(orderId, reason == null || reason.isBlank() ? "calls resumed by the call-centre" : reason);
      return callsOf(orderId);
    });
  }

  /** Scores one call: 400 naming {@code items.<item>}; 404 for an attempt the shop does not have; 409 if already audited. */
  public CallAuditView audit(String tenant, UUID attemptId, CallAuditRequest request) {
    List<Violation> v = request.violations();
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return as(tenant, "callcentre.call.audited", () -> {
      CallAttempt attempt = tasks.findAttempt(attemptId).orElseThrow(() -> ProblemException.notFound("Call attempt " + attemptId));
      if (tasks.auditOf(attemptId).isPresent()) {
        throw ProblemException.conflict("attemptId", "this call has been audited already");
      }
      String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
      CallAudit audit = CallAudit.of(attempt, request.items(), notes, caller.name(), now());
      tasks.add(audit);
      return CallAuditView.of(tenant, audit);
    });
  }

  public CallAuditView auditOf(String tenant, UUID attemptId) {
    return as(tenant, "callcentre.audit.read", () ->
        tasks.auditOf(attemptId).map(a -> CallAuditView.of(tenant, a)).orElseThrow(() -> ProblemException.notFound("Audit of call " + attemptId)));
  }

  /**
   * KPIs of orders received in [{@code from}, {@code to}) (ISO instants, at most {@link
   * #KPI_PERIOD_MAX} apart), of one shop or, with {@code tenant} null, of all.
   */
  public CallKpiView kpis(String from, String to, String tenant) {
    List<Violation> v = new ArrayList<>();
    if (tenant != null && !TenantId.isValid(tenant)) {
      v.add(Violation.field("tenant", "is not a tenant id"));
    }
    Instant[] period = period(from, to, v);
    TenantId shop = tenant == null ? null : new TenantId(tenant);
    Instant asOf = now();
    List<CallQueueRepository.KpiFact> facts = queue.kpiFactsAcrossTenants(period[0], period[1], shop);
    CallKpiView view = CallKpis.compute(period[0], period[1], tenant, asOf, facts);
    if (shop != null) {
      as(tenant, "callcentre.kpis.read", () -> null); // one shop's figures: audited in that shop
    }
    return view;
  }

  private OrderCallsView callsOf(UUID orderId) {
    return new OrderCallsView(
        orderId,
        tasks.tasksOf(orderId).stream().map(CallTaskView::of).toList(),
        tasks.attemptsOf(orderId).stream().map(CallAttemptView::of).toList());
  }

  private Instant[] period(String from, String to, List<Violation> collected) {
    List<Violation> v = collected == null ? new ArrayList<>() : collected;
    Instant f = instant("from", from, v);
    Instant t = instant("to", to, v);
    if (f != null && t != null) {
      if (!f.isBefore(t)) {
        v.add(Violation.field("to", "must be after from"));
      } else if (Duration.between(f, t).compareTo(KPI_PERIOD_MAX) > 0) {
        v.add(Violation.field("to", "must be at most " + KPI_PERIOD_MAX.toDays() + " days after from"));
      }
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return new Instant[] {f, t};
  }

  private static Instant instant(String field, String text, List<Violation> v) {
    if (text == null || text.isBlank()) {
      v.add(Violation.field(field, "is required (an ISO-8601 instant, e.g. 2025-03-01T00:00:00Z)"));
      return null;
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeException e) {
      v.add(Violation.field(field, "must be an ISO-8601 instant, e.g. 2025-03-01T00:00:00Z"));
      return null;
    }
  }

  /** Runs {@code work} for the shop named in the path: 400 for a malformed id, 404 for an unknown shop. */
  private <T> T as(String tenant, String act, Supplier<T> work) {
    if (!TenantId.isValid(tenant)) {
      throw ProblemException.invalid("tenant", "is not a tenant id");
    }
    return platform.runAs(new TenantId(tenant), act, () -> {
      settings.own(); // 404 for a shop that does not exist
      return work.get();
    });
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
