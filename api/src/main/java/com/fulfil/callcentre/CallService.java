package com.fulfil.callcentre;

import com.fulfil.order.OrderService;
import com.fulfil.order.OrderView;
import com.fulfil.security.Caller;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.tenant.TenantView;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's use cases: take the next call, record what came of it. Operators carry no tenant;
 * each method finds the shop through the database's queue functions ({@link CallQueueRepository})
 * and then works inside {@link PlatformScope#runAs} for that shop (audited), reading and changing
 * the order through the order's own service.
 */
@ApplicationScoped
@Transactional
public class CallService {

  static final String CONFIRMED_BY_PHONE = "confirmed by phone with the call-centre";

  @Inject CallQueueRepository queue;
  @Inject CallTaskRepository tasks;
  @Inject PlatformScope platform;
  @Inject TenantSession session;
  @Inject TenantSettings settings;
  @Inject OrderService orders;
  @Inject StockAvailability stock;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<BuyerUnreachable> unreachable;

  /** How long a claimed call stays the operator's without an outcome (then it returns to the queue). */
  @Inject
  @ConfigProperty(name = "fulfil.callcentre.claim-lease-seconds", defaultValue = "600")
  long leaseSeconds;

  /** The most urgent callable task of any shop, claimed for the caller; empty when there is none. */
  public Optional<CallView> next() {
    String operator = caller.name();
    Instant now = now();
    return queue
        .claimNextAcrossTenants(operator, now, Duration.ofSeconds(leaseSeconds))
        .map(claim -> platform.runAs(claim.tenant(), "callcentre.call.claimed", () -> view(claim, now)));
  }

  /**
   * Records the outcome of the call the caller holds: 400 naming the field for bad input, 409
   * naming {@code taskId} when the caller does not hold that task; nothing is stored on error.
   */
  public CallOutcomeView record(UUID taskId, CallOutcomeRequest request) {
    CallOutcomeRequest.Parsed parsed = request.parse();
    String operator = caller.name();
    TenantId tenant =
        queue.tenantOfHeldTaskAcrossTenants(taskId, operator)
            .orElseThrow(() -> ProblemException.conflict(
                "taskId", "is not a call you hold (never claimed by you, taken over after your claim lapsed, or decided)"));
    return platform.runAs(tenant, "callcentre.call.recorded", () -> apply(taskId, operator, parsed));
  }

  private CallOutcomeView apply(UUID taskId, String operator, CallOutcomeRequest.Parsed p) {
    Instant now = now();
    CallTask task = tasks.lock(taskId).orElseThrow(() -> ProblemException.notFound("Call task " + taskId));
    if (p.edits() != null && task.kind() != CallKind.CONFIRMATION) {
      throw ProblemException.invalid("edits", "are only for a confirmation call");
    }
    TenantView shop = settings.own();
    CallSchedule schedule = CallSchedule.of(shop);
    ZoneId zone = task.buyerZone();
    Optional<CallSchedule.CallTime> next = Optional.empty();
    boolean closes;
    switch (p.outcome()) {
      case CONFIRMED, CANCELLED -> closes = true;
      case UNREACHABLE -> {
        next = schedule.afterUnreachable(task.unreachable() + 1, now, zone, task.notAfter());
        closes = next.isEmpty();
      }
      case CALL_BACK -> {
        if (task.callBacksExhausted()) {
          throw ProblemException.conflict(
              "outcome", "this call was already put off " + CallTask.CALL_BACKS_MAX + " times; confirm, cancel or record UNREACHABLE");
        }
        next = Optional.of(schedule.callBack(p.callBackAt(), now, zone, task.notAfter()));
        closes = false;
      }
      default -> throw new IllegalStateException(p.outcome().name());
    }
    CallAttempt attempt = task.attempt(operator, now, p.outcome(), p.notes(), p.reason(), p.callBackAt(), closes);
    tasks.add(attempt);
    next.ifPresent(task::reschedule);
    String orderStatus;
    if (closes) {
      task.close(closedReason(p, task), now);
      tasks.flush();
      orderStatus = decide(task, p, now);
    } else {
      tasks.flush();
      orderStatus = orders.get(task.orderId()).status().name();
    }
    return new CallOutcomeView(
        task.id(), attempt.id(), attempt.attemptNo(), attempt.outcome(), closes,
        closes ? null : task.availableAt(), orderStatus);
  }

  /** What the decided call does to the order; returns the order's status afterwards. */
  private String decide(CallTask task, CallOutcomeRequest.Parsed p, Instant now) {
    UUID order = task.orderId();
    OrderView after;
    switch (p.outcome()) {
      case CONFIRMED -> after = task.kind() == CallKind.CONFIRMATION ? confirm(order, p) : orders.get(order);
      case CANCELLED -> after = orders.cancel(order, p.reason());
      case UNREACHABLE -> {
        after = task.kind() == CallKind.CONFIRMATION
            ? orders.holdUnreachable(order, "buyer unreachable after " + task.unreachable() + " calls")
            : orders.get(order);
        unreachable.fire(
            new BuyerUnreachable(session.require(), order, after.externalNumber(), task.kind(), task.unreachable(), now));
      }
      default -> throw new IllegalStateException(p.outcome().name());
    }
    return after.status().name();
  }

  /** The order's confirmation; the order's field errors are named under {@code edits}. */
  private OrderView confirm(UUID order, CallOutcomeRequest.Parsed p) {
    try {
      return orders.confirm(order, p.edits(), CONFIRMED_BY_PHONE);
    } catch (ProblemException e) {
      if (e.status() != 400) {
        throw e;
      }
      List<Violation> named =
          e.violations().stream()
              .map(v -> new Violation(v.field() == null ? "edits" : "edits." + v.field(), v.line(), v.message()))
              .toList();
      throw ProblemException.invalid(named);
    }
  }

  private static String closedReason(CallOutcomeRequest.Parsed p, CallTask task) {
    return switch (p.outcome()) {
      case CONFIRMED -> "buyer confirmed";
      case CANCELLED -> "buyer cancelled: " + p.reason();
      case UNREACHABLE -> "buyer unreachable after " + task.unreachable() + " calls";
      case CALL_BACK -> "call back";
    };
  }

  /** The call card of a task just claimed; the task's own fields come with the claim. */
  private CallView view(CallQueueRepository.Claim claim, Instant now) {
    TenantView shop = settings.own();
    OrderView order = orders.get(claim.orderId());
    CallView.Script script =
        tasks.latestScript().map(s -> new CallView.Script(s.version(), s.textRu(), s.textEn())).orElse(null);
    Map<String, StockAvailability.StockView> stockOfSku =
        stock.stock(order.lines().stream().map(OrderView.LineView::sku).distinct().toList());
    List<CallView.LineStockView> lines =
        order.lines().stream().map(line -> lineStock(line, stockOfSku.get(line.sku()))).toList();
    List<CallAttemptView> previous = tasks.attemptsOf(claim.orderId()).stream().map(CallAttemptView::of).toList();
    return new CallView(
        claim.taskId(), claim.kind(), claim.attempts() + 1, shop.id(), shop.name(), script, order, lines,
        now.atZone(claim.buyerZone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString(),
        claim.dueAt(), claim.notAfter(), claim.claimedAt(), claim.claimedUntil(), previous);
  }

  private CallView.LineStockView lineStock(OrderView.LineView line, StockAvailability.StockView s) {
    Boolean shortage = s.known() && s.availableQty() != null ? s.availableQty() < line.qty() : null;
    List<StockAvailability.SubstituteView> substitutes =
        Boolean.TRUE.equals(shortage) ? stock.substitutes(line.sku(), line.qty()) : null;
    return new CallView.LineStockView(line.sku(), line.name(), line.qty(), s, shortage, substitutes);
  }

  /** PostgreSQL keeps microseconds; so do the call times, so that what is read back matches. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
