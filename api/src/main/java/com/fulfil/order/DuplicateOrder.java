package com.fulfil.order;

import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import java.util.List;
import java.util.UUID;

/** The shop already has an order with this external number: 409 naming it, with the existing order's id. */
final class DuplicateOrder extends ProblemException {

  private final UUID existingId;

  DuplicateOrder(UUID existingId) {
    super(
        409,
        "duplicate-order",
        "Duplicate order",
        "The shop already has an order with this external number: " + existingId,
        List.of(Violation.field("externalNumber", "is the external number of order " + existingId)));
    this.existingId = existingId;
  }

  UUID existingId() {
    return existingId;
  }
}
