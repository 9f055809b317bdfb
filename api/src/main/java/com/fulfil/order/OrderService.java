package com.fulfil.order;

import com.fulfil.audit.AuditTrail;
import com.fulfil.catalogue.CatalogueService;
import com.fulfil.security.Caller;
import com.fulfil.tenancy.TenantService;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.tenant.TenantView;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The calling shop's orders. Every public method is one transaction bound to the caller's tenant;
 * the call-centre calls {@link #get}, {@link #confirm}, {@link #cancel}, {@link #holdUnreachable}
 * and {@link #resumeConfirmation} inside its own tenant-bound transaction, which these join.
 *
 * <p>Every status change is stored as the order's next event and announced as {@link
 * OrderStatusChanged} synchronously, in the same transaction, after the change is flushed: an
 * observer that writes commits or rolls back together with the order, and one that reads finds it.
 */
@TenantService
public class OrderService {

  /** The actor of changes nobody made by hand. */
  public static final String SYSTEM = "system";

  private static final String AWAITING = "awaiting the buyer's confirmation";

  /** A shop's home country, as its currency tells: how a phone without country code is read in searches. */
  private static final Map<String, String> HOME_COUNTRY =
      Map.ofEntries(
          Map.entry("RUB", "RU"), Map.entry("BYN", "BY"), Map.entry("KZT", "KZ"), Map.entry("UAH", "UA"),
          Map.entry("UZS", "UZ"), Map.entry("KGS", "KG"), Map.entry("AMD", "AM"), Map.entry("GEL", "GE"),
          Map.entry("AZN", "AZ"), Map.entry("MDL", "MD"), Map.entry("TJS", "TJ"), Map.entry("PLN", "PL"));

  public record ImportResultView(int imported, List<ImportedOrderView> orders) {}

  public record ImportedOrderView(String externalNumber, UUID id) {}

  @Inject OrderRepository orders;
  @Inject CatalogueService catalogue;
  @Inject TenantSettings tenant;
  @Inject TenantSession session;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<OrderStatusChanged> changes;

  /**
   * Takes one order: validates it (400 naming the field, nothing stored), refuses a second order
   * with the same external number (409 naming {@code externalNumber}, the existing id in the
   * detail), stores it as RECEIVED and moves it on to AWAITING_CONFIRMATION.
   */
  public OrderView create(OrderRequest request) {
    return receive(request, "received via API");
  }

  /** As {@link #create}; the channel is recorded as the intake event's reason. */
  OrderView receive(OrderRequest request, String channel) {
    TenantView shop = tenant.own();
    IntakeRules.Checked<OrderDraft> checked = rules(shop, request.skuCodes()).check(request);
    if (!checked.ok()) {
      throw ProblemException.invalid(checked.violations());
    }
    OrderDraft draft = checked.value();
    if (draft.externalNumber() != null) {
      orders.lockExternalNumbers(session.require(), List.of(draft.externalNumber()));
      UUID existing = orders.idsByExternalNumbers(List.of(draft.externalNumber())).get(draft.externalNumber());
      if (existing != null) {
        throw new DuplicateOrder(existing);
      }
    }
    return store(draft, channel, now());
  }

  /**
   * One outcome of {@link #receiveAll}: the new order's id; or the id of the order that already
   * has this external number ({@code duplicate}); or why the order was refused.
   */
  record Intake(UUID id, boolean duplicate, List<Violation> violations) {}

  /**
   * Takes a batch in this one transaction, each order judged on its own: one catalogue lookup for
   * all lines, one lock and one query for all external numbers (a number the shop has, or that an
   * earlier order of the batch took, is a duplicate), one flush for all new orders. A refused order
   * stores nothing and does not affect the others. A failure of the database fails the whole
   * transaction; the caller then takes the orders one by one with {@link #receive}.
   */
  List<Intake> receiveAll(List<OrderRequest> requests, String channel) {
    TenantView shop = tenant.own();
    Set<String> codes = new LinkedHashSet<>();
    requests.forEach(r -> codes.addAll(r.skuCodes()));
    IntakeRules rules = rules(shop, codes);
    List<IntakeRules.Checked<OrderDraft>> checked = requests.stream().map(rules::check).toList();
    List<String> numbers = checked.stream()
        .filter(IntakeRules.Checked::ok)
        .map(c -> c.value().externalNumber())
        .filter(n -> n != null)
        .distinct()
        .toList();
    orders.lockExternalNumbers(session.require(), numbers);
    Map<String, UUID> taken = new HashMap<>(orders.idsByExternalNumbers(numbers));
    Instant now = now();
    List<Intake> results = new ArrayList<>(requests.size());
    List<Order> received = new ArrayList<>();
    for (IntakeRules.Checked<OrderDraft> c : checked) {
      if (!c.ok()) {
        results.add(new Intake(null, false, c.violations()));
        continue;
      }
      String number = c.value().externalNumber();
      UUID existing = number == null ? null : taken.get(number);
      if (existing != null) {
        results.add(new Intake(existing, true, List.of()));
        continue;
      }
      Order order = Order.receive(c.value(), caller.name(), channel, now);
      orders.add(order);
      order.moveTo(OrderStatus.AWAITING_CONFIRMATION, SYSTEM, AWAITING, now);
      if (number != null) {
        taken.put(number, order.id());
      }
      received.add(order);
      results.add(new Intake(order.id(), false, List.of()));
    }
    if (!received.isEmpty()) {
      orders.flush();
      audit.record("order.batch.received", "orders", channel, null, received.stream().map(o -> o.id().toString()).toList());
      received.forEach(this::announce);
    }
    return results;
  }

  public OrderView get(UUID id) {
    return find(id).orElseThrow(() -> ProblemException.notFound("Order " + id));
  }

  /** The order, or empty when the bound shop has none with this id. */
  public Optional<OrderView> find(UUID id) {
    return orders.findWithLines(id).map(OrderView::of);
  }

  /** The shop's orders, newest first, filtered. */
  public Page<OrderView> search(OrderQuery query, PageRequest page) {
    OrderSearch search = query.parse(HOME_COUNTRY.get(tenant.currency()));
    Instant afterAt = null;
    UUID afterId = null;
    if (page.after() != null) {
      String[] key = page.after().split("\\|", 2);
      try {
        afterAt = Instant.parse(key[0]);
        afterId = UUID.fromString(key[1]);
      } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
      }
    }
    return page.page(
        orders.search(search, afterAt, afterId, page.fetchSize()),
        o -> o.receivedAt() + "|" + o.id(),
        OrderView::of);
  }

  /** Orders per status, optionally only those received in [{@code receivedFrom}, {@code receivedTo}). */
  public StatusCountsView statusCounts(String receivedFrom, String receivedTo) {
    OrderSearch range = new OrderQuery(List.of(), receivedFrom, receivedTo, null, null).parse(null);
    Map<String, Long> counts = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<OrderStatus, Long> e : orders.countByStatus(range.receivedFrom(), range.receivedTo()).entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
      total += e.getValue();
    }
    return new StatusCountsView(counts, total);
  }

  /**
   * The buyer confirmed, with {@code edits} (null: as it is). Only from AWAITING_CONFIRMATION or
   * UNREACHABLE_HOLD (409 naming {@code status} otherwise); edits are checked as at intake (400).
   */
  public OrderView confirm(UUID id, OrderConfirmation edits, String reason) {
    Order order = load(id);
    order.requireCanMoveTo(OrderStatus.CONFIRMED);
    String why = reason(reason, false);
    List<String> codes = edits == null ? List.of() : OrderRequest.codes(edits.lines());
    IntakeRules.Checked<OrderEdits> checked = rules(tenant.own(), codes).checkEdits(edits, order);
    if (!checked.ok()) {
      throw ProblemException.invalid(checked.violations());
    }
    OrderView before = OrderView.of(order);
    order.confirm(checked.value(), caller.name(), why, now());
    return publish(order, "order.confirmed", before);
  }

  /** Cancels the order, by the shop or the call-centre: only before picking starts (409 naming {@code status}). */
  public OrderView cancel(UUID id, String reason) {
    return move(id, OrderStatus.CANCELLED, reason(reason, true), "order.cancelled");
  }

  /** The buyer could not be reached after the retries: the order waits, and the shop is told. */
  public OrderView holdUnreachable(UUID id, String reason) {
    return move(id, OrderStatus.UNREACHABLE_HOLD, reason(reason, false), "order.held-unreachable");
  }

  /** An order on hold goes back into the confirmation queue (UNREACHABLE_HOLD → AWAITING_CONFIRMATION). */
  public OrderView resumeConfirmation(UUID id, String reason) {
    return move(id, OrderStatus.AWAITING_CONFIRMATION, reason(reason, false), "order.confirmation-resumed");
  }

  /**
   * The warehouse reserved the order's stock: CONFIRMED or BACKORDERED → ALLOCATED, by the system
   * (409 naming {@code status} from any other status).
   */
  public OrderView markAllocated(UUID id, String reason) {
    return moveBySystem(id, OrderStatus.ALLOCATED, reason, "order.allocated");
  }

  /** The warehouse has not enough stock for the order: CONFIRMED → BACKORDERED, by the system. */
  public OrderView markBackordered(UUID id, String reason) {
    return moveBySystem(id, OrderStatus.BACKORDERED, reason, "order.backordered");
  }

  /**
   * Picking started: ALLOCATED → PICKING, by the staff member who released the wave, with why
   * (409 naming {@code status} from any other status).
   */
  public OrderView startPicking(UUID id, String reason) {
    return move(id, OrderStatus.PICKING, reason, "order.picking-started");
  }

  /** Packed: PICKING → PACKED, by the packer who closed the parcel (409 naming {@code status} from any other status). */
  public OrderView markPacked(UUID id, String reason) {
    return move(id, OrderStatus.PACKED, reason, "order.packed");
  }

  /** Handed over: PACKED → HANDED_TO_CARRIER, by the dispatcher who closed the manifest (409 naming {@code status} otherwise). */
  public OrderView markHandedToCarrier(UUID id, String reason) {
    return move(id, OrderStatus.HANDED_TO_CARRIER, reason, "order.handed-to-carrier");
  }

  /**
   * Picking stopped before any pick (a storekeeper cancelled the order's pick list): PICKING →
   * ALLOCATED, by that storekeeper, with why; the reservations stay, so a later wave releases the
   * order again (409 naming {@code status} from any other status).
   */
  public OrderView stopPicking(UUID id, String reason) {
    return move(id, OrderStatus.ALLOCATED, reason, "order.picking-cancelled");
  }

  /** ALLOCATED orders among {@code ids} (null: any), oldest first, at most {@code max}: what a wave may release. */
  public List<OrderView> allocated(Collection<UUID> ids, int max) {
    return orders.inStatus(OrderStatus.ALLOCATED, ids, max).stream().map(OrderView::of).toList();
  }

  /** BACKORDERED orders with a line of one of {@code skus}, oldest first, at most {@code max}: who waits for arriving stock. */
  public List<OrderView> backorderedWith(Collection<String> skus, int max) {
    return orders.inStatusWithSkus(OrderStatus.BACKORDERED, skus, max).stream().map(OrderView::of).toList();
  }

  /** The order's status changes, oldest first. */
  public Page<OrderEventView> timeline(UUID id, PageRequest page) {
    load(id);
    int after;
    try {
      after = page.after() == null ? 0 : Integer.parseInt(page.after());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this API returned");
    }
    return page.page(orders.events(id, after, page.fetchSize()), e -> String.valueOf(e.sequence()), OrderEventView::of);
  }

  /**
   * Takes every order of the file or none (422 with every error by line and column). An external
   * number the shop already has is an error of the file, not a silent skip: the shop must know
   * which of its rows were not new.
   */
  public ImportResultView importCsv(String csv) {
    TenantView shop = tenant.own();
    OrderCsv.Result parsed = OrderCsv.parse(csv, shop.currency());
    List<Violation> errors = new ArrayList<>(parsed.errors());
    Set<String> reported = new HashSet<>();
    errors.forEach(e -> reported.add(e.line() + ":" + e.field()));
    Set<String> codes = new LinkedHashSet<>();
    parsed.orders().forEach(g -> codes.addAll(g.request().skuCodes()));
    IntakeRules rules = rules(shop, codes);
    Map<OrderCsv.Group, OrderDraft> drafts = new LinkedHashMap<>();
    for (OrderCsv.Group group : parsed.orders()) {
      IntakeRules.Checked<OrderDraft> checked = rules.check(group.request());
      if (checked.ok()) {
        drafts.put(group, checked.value());
      }
      for (Violation v : checked.violations()) {
        Violation located = group.locate(v);
        if (reported.add(located.line() + ":" + located.field())) {
          errors.add(located);
        }
      }
    }
    List<String> numbers = parsed.orders().stream().map(OrderCsv.Group::externalNumber).toList();
    orders.lockExternalNumbers(session.require(), numbers);
    Map<String, UUID> existing = orders.idsByExternalNumbers(numbers);
    for (OrderCsv.Group group : parsed.orders()) {
      UUID id = existing.get(group.externalNumber());
      if (id != null) {
        errors.add(Violation.line(group.firstLine(), "external_number", "the shop already has an order with this external number: " + id));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(Violation::line));
      List<Violation> shown = errors.subList(0, Math.min(errors.size(), OrderCsv.MAX_ERRORS));
      throw ProblemException.unprocessable(errors.size() + " error(s) in the file; nothing was imported.", shown);
    }
    if (drafts.isEmpty()) {
      throw ProblemException.unprocessable(
          "The file has no orders; nothing was imported.", List.of(Violation.line(2, null, "no order rows")));
    }
    Instant now = now();
    List<ImportedOrderView> imported = new ArrayList<>();
    drafts.forEach((group, draft) -> imported.add(new ImportedOrderView(group.externalNumber(), store(draft, "received via CSV import", now).id())));
    ImportResultView result = new ImportResultView(imported.size(), imported);
    audit.record("order.csv.imported", "orders", "csv", null, result);
    return result;
  }

  private OrderView store(OrderDraft draft, String channel, Instant now) {
    Order order = Order.receive(draft, caller.name(), channel, now);
    orders.add(order);
    order.moveTo(OrderStatus.AWAITING_CONFIRMATION, SYSTEM, AWAITING, now);
    return publish(order, "order.received", null);
  }

  private OrderView move(UUID id, OrderStatus to, String reason, String action) {
    Order order = load(id);
    OrderView before = OrderView.of(order);
    order.moveTo(to, caller.name(), reason, now());
    return publish(order, action, before);
  }

  private OrderView moveBySystem(UUID id, OrderStatus to, String reason, String action) {
    Order order = load(id);
    OrderView before = OrderView.of(order);
    order.moveTo(to, SYSTEM, reason, now());
    return publish(order, action, before);
  }

  /** Writes, audits, then announces the order's new events in the same transaction. */
  private OrderView publish(Order order, String action, OrderView before) {
    orders.flush();
    OrderView after = OrderView.of(order);
    audit.record(action, "order", order.id().toString(), before, after);
    announce(order);
    return after;
  }

  /** Fires the order's events not yet announced, oldest first; the order is flushed. */
  private void announce(Order order) {
    for (OrderEvent e : order.takeUnpublished()) {
      changes.fire(
          new OrderStatusChanged(
              session.require(), order.id(), order.externalNumber(), e.from(), e.to(), e.reason(), e.actor(), e.at(),
              e.sequence()));
    }
  }

  private IntakeRules rules(TenantView shop, Collection<String> skuCodes) {
    return new IntakeRules(shop.currency(), ZoneId.of(shop.timeZone()), catalogue.findByCodes(skuCodes), clock);
  }

  private static String reason(String reason, boolean required) {
    List<Violation> v = new ArrayList<>();
    String checked = IntakeRules.reason(reason, required, v);
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    return checked;
  }

  /** PostgreSQL keeps microseconds; so does the order, so that a cursor matches what was stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private Order load(UUID id) {
    return orders.find(id).orElseThrow(() -> ProblemException.notFound("Order " + id));
  }
}
