package com.fulfil.order;

import com.fulfil.web.ProblemException;
import com.fulfil.web.ProblemMapper;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Batch intake: each order of the batch is taken or refused on its own. Every order runs in its own
 * transaction (this method runs outside any, so each call into {@link OrderService} starts one), so
 * a bad order is never half-stored and never rolls back the good ones, and a database failure in
 * the middle leaves the orders before it committed (the shop retries: their external numbers then
 * answer "duplicate" with the ids). Items are mapped from JSON one by one, so a value of the wrong
 * type refuses only its own order.
 */
@ApplicationScoped
public class BatchIntake {

  static final int MAX_ORDERS = 1_000;
  private static final String CHANNEL = "received via batch";
  static final int CHUNK = 50;

  private static final Logger LOG = Logger.getLogger(BatchIntake.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  /** One result per order of the batch, in the batch's order. */
  public record BatchResultView(List<ItemView> results) {}

  /**
   * {@code status}: {@code created} (with {@code id}), {@code duplicate} (the shop already has this
   * external number: {@code id} is that order), {@code rejected} (with {@code errors} naming the
   * fields; nothing stored), or {@code failed} (an error on our side; nothing stored; retry it).
   */
  public record ItemView(int index, String status, UUID id, List<ErrorView> errors) {}

  public record ErrorView(String field, String message) {}

  @Inject OrderService orders;

  @Transactional(TxType.NOT_SUPPORTED)
  public BatchResultView intake(JsonObject body) {
    JsonValue list = body == null ? null : body.get("orders");
    if (!(list instanceof JsonArray array)) {
      throw ProblemException.invalid("orders", "is required: an array of orders");
    }
    if (array.isEmpty() || array.size() > MAX_ORDERS) {
      throw ProblemException.invalid("orders", "must hold 1 to " + MAX_ORDERS + " orders, not " + array.size());
    }
    ItemView[] results = new ItemView[array.size()];
    List<Integer> parsedAt = new ArrayList<>();
    List<OrderRequest> requests = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue item = array.get(i);
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        results[i] = rejected(i, List.of(Violation.field(null, "must be an order object")));
        continue;
      }
      try {
        requests.add(JSON.fromJson(item.toString(), OrderRequest.class));
        parsedAt.add(i);
      } catch (JsonbException e) {
        results[i] = rejected(i, ProblemMapper.malformedJson(e).violations());
      }
    }
    // Chunks of CHUNK orders, a transaction each: every JPQL query an order's observers run flushes
    // and checks every object of the persistence context, so one transaction for 1,000 orders costs
    // quadratically (measured: 30 orders/s, infra/bench). Orders are independent, so nothing is lost.
    for (int from = 0; from < requests.size(); from += CHUNK) {
      int to = Math.min(requests.size(), from + CHUNK);
      List<OrderService.Intake> taken = all(requests.subList(from, to));
      for (int k = from; k < to; k++) {
        int i = parsedAt.get(k);
        results[i] = taken == null ? one(i, requests.get(k)) : item(i, taken.get(k - from));
      }
    }
    return new BatchResultView(List.of(results));
  }

  /** The whole batch in one transaction, or null when the database failed it (then: one by one). */
  private List<OrderService.Intake> all(List<OrderRequest> requests) {
    try {
      return orders.receiveAll(requests, CHANNEL);
    } catch (RuntimeException e) {
      ProblemException problem = problemIn(e);
      if (problem != null && (problem.status() == 401 || problem.status() == 403)) {
        throw problem; // the caller, not the order: the whole batch is refused
      }
      LOG.warning("a batch failed as a whole, taking its orders one by one: " + e.getClass().getName()
          + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getName()));
      return null;
    }
  }

  private static ItemView item(int index, OrderService.Intake intake) {
    if (!intake.violations().isEmpty()) {
      return rejected(index, intake.violations());
    }
    return new ItemView(index, intake.duplicate() ? "duplicate" : "created", intake.id(), null);
  }

  private ItemView one(int index, OrderRequest request) {
    try {
      return new ItemView(index, "created", orders.receive(request, CHANNEL).id(), null);
    } catch (RuntimeException e) {
      ProblemException problem = problemIn(e);
      if (problem instanceof DuplicateOrder duplicate) {
        return new ItemView(index, "duplicate", duplicate.existingId(), null);
      }
      if (problem != null && (problem.status() == 401 || problem.status() == 403)) {
        throw problem;
      }
      if (problem != null && problem.status() < 500) {
        List<Violation> v = problem.violations();
        return rejected(index, v.isEmpty() ? List.of(Violation.field(null, problem.getMessage())) : v);
      }
      // The message may quote data of the order; log where and what kind of failure only.
      LOG.warning("order " + index + " of a batch failed: " + e.getClass().getName()
          + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getName()));
      return new ItemView(index, "failed", null,
          List.of(new ErrorView(null, "the order could not be stored because of an error on our side; nothing of it was stored; send it again")));
    }
  }

  private static ItemView rejected(int index, List<Violation> violations) {
    return new ItemView(index, "rejected", null, violations.stream().map(v -> new ErrorView(v.field(), v.message())).toList());
  }

  private static ProblemException problemIn(Throwable thrown) {
    for (Throwable c = thrown; c != null; c = c.getCause()) {
      if (c instanceof ProblemException p) {
        return p;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
