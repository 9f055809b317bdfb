package com.fulfil.picking;

import com.fulfil.tenancy.TenantId;
import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code {"tenant": "alfa", "maxOrders": 20, "orderIds": ["..."]}}: release up to {@code maxOrders}
 * (1–200, default 20) of the shop's ALLOCATED orders, chosen by cut-off, priority and age; among
 * {@code orderIds} only, when given (each must be ALLOCATED and not yet released).
 */
public record WaveRequest(String tenant, Integer maxOrders, List<String> orderIds) {

  static final int MAX_ORDERS = 200;
  static final int DEFAULT_ORDERS = 20;

  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(tenant)) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    if (maxOrders != null && (maxOrders < 1 || maxOrders > MAX_ORDERS)) {
      v.add(Violation.field("maxOrders", "must be from 1 to " + MAX_ORDERS));
    }
    if (orderIds != null) {
      if (orderIds.isEmpty() || orderIds.size() > MAX_ORDERS) {
        v.add(Violation.field("orderIds", "must list 1 to " + MAX_ORDERS + " order ids when given"));
      }
      for (String id : orderIds) {
        if (parse(id) == null) {
          v.add(Violation.field("orderIds", "must be order ids (UUIDs): " + id));
          break;
        }
      }
    }
    return v;
  }

  int limit() {
    return maxOrders == null ? DEFAULT_ORDERS : maxOrders;
  }

  /** The named orders, or null for "any ALLOCATED order". */
  Set<UUID> ids() {
    if (orderIds == null) {
      return null;
    }
    Set<UUID> ids = new LinkedHashSet<>();
    orderIds.forEach(id -> ids.add(parse(id)));
    return ids;
  }

  private static UUID parse(String id) {
    try {
      return id == null ? null : UUID.fromString(id.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
