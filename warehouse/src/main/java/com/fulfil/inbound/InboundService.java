package com.fulfil.inbound;

import com.fulfil.stock.InboundExpectations;
import com.fulfil.stock.LotSpec;
import com.fulfil.stock.SkuCatalogue;
import com.fulfil.tenancy.TenantService;
import com.fulfil.tenancy.TenantSession;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The calling shop's inbound shipments. Every method is one transaction bound to the caller's tenant. */
@TenantService
public class InboundService implements InboundExpectations {

  @Inject InboundRepository shipments;
  @Inject SkuCatalogue catalogue;
  @Inject TenantSession session;
  @Inject Clock clock;

  /**
   * Announces a shipment: 400 naming the field ({@code lines[2].sku}, {@code lines[0].lot}...) for
   * bad input or a SKU not in the catalogue, 409 naming {@code reference} if the shop already used
   * it; nothing is stored on error.
   */
  public InboundShipmentView announce(InboundRequest request) {
    List<Violation> v = new ArrayList<>();
    String reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().trim();
    if (reference != null && (reference.length() > InboundRequest.REFERENCE_MAX || !reference.matches("[\\x20-\\x7e\\p{L}]+"))) {
      v.add(Violation.field("reference", "must be 1-" + InboundRequest.REFERENCE_MAX + " printable characters"));
    }
    LocalDate expectedOn = null;
    if (request.expectedOn() != null && !request.expectedOn().isBlank()) {
      try {
        expectedOn = LocalDate.parse(request.expectedOn().trim());
      } catch (DateTimeParseException e) {
        v.add(Violation.field("expectedOn", "must be a date such as 2026-02-03"));
      }
    }
    List<InboundRequest.LineRequest> lines = request.lines() == null ? List.of() : request.lines();
    if (lines.isEmpty() || lines.size() > InboundRequest.LINES_MAX) {
      v.add(Violation.field("lines", "must have 1 to " + InboundRequest.LINES_MAX + " lines"));
    }
    Set<String> codes = new LinkedHashSet<>();
    lines.forEach(l -> {
      if (l != null && l.sku() != null) {
        codes.add(l.sku().trim());
      }
    });
    Map<String, SkuCatalogue.Item> items = catalogue.byCodes(codes);
    List<InboundLine.Announced> announced = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size() && i < InboundRequest.LINES_MAX; i++) {
      InboundRequest.LineRequest l = lines.get(i);
      String at = "lines[" + i + "].";
      if (l == null) {
        v.add(Violation.field("lines[" + i + "]", "is required"));
        continue;
      }
      SkuCatalogue.Item item = l.sku() == null ? null : items.get(l.sku().trim());
      if (l.sku() == null || l.sku().isBlank()) {
        v.add(Violation.field(at + "sku", "is required"));
      } else if (item == null) {
        v.add(Violation.field(at + "sku", "is not a SKU of the shop's catalogue"));
      }
      if (l.qty() == null || l.qty() < 1 || l.qty() > InboundRequest.QTY_MAX) {
        v.add(Violation.field(at + "qty", "must be a whole number from 1 to " + InboundRequest.QTY_MAX));
      }
      if (item != null) {
        LotSpec lot = LotSpec.of(item, l.lot(), l.expiry(), at, v);
        if (lot != null && !seen.add(item.sku() + "\u0000" + lot.lot())) {
          v.add(Violation.field(at + "sku", "the same SKU and lot is listed twice"));
        }
        if (lot != null && l.qty() != null) {
          announced.add(new InboundLine.Announced(item.sku(), lot.lot(), lot.expiry(), l.qty()));
        }
      }
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    if (reference != null && shipments.referenceTaken(reference)) {
      throw ProblemException.conflict("reference", "the shop already has an inbound shipment with this reference");
    }
    InboundShipment shipment = InboundShipment.announce(session.require(), reference, expectedOn, announced, now());
    shipments.add(shipment);
    shipments.flush();
    return InboundShipmentView.of(shipment, List.of());
  }

  public InboundShipmentView get(UUID id) {
    InboundShipment s = load(id);
    return InboundShipmentView.of(s, shipments.reports(id));
  }

  /** Newest first, optionally of one {@code status}, cursor-paged. */
  public Page<InboundShipmentView> list(String status, PageRequest page) {
    InboundStatus filter = null;
    if (status != null && !status.isBlank()) {
      try {
        filter = InboundStatus.valueOf(status.trim());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("status", "must be one of " + java.util.Arrays.toString(InboundStatus.values()));
      }
    }
    Instant beforeAt = null;
    UUID beforeId = null;
    if (page.after() != null) {
      String[] key = page.after().split("\\|", 2);
      try {
        beforeAt = Instant.parse(key[0]);
        beforeId = UUID.fromString(key[1]);
      } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
      }
    }
    return page.page(
        shipments.list(filter, beforeAt, beforeId, page.fetchSize()),
        s -> s.createdAt() + "|" + s.id(),
        s -> InboundShipmentView.of(s, shipments.reports(s.id())));
  }

  /** The shop withdraws the announcement: only while ANNOUNCED (409 naming {@code status}). */
  public InboundShipmentView cancel(UUID id) {
    InboundShipment s = load(id);
    s.cancel(now());
    shipments.flush();
    return InboundShipmentView.of(s, shipments.reports(id));
  }

  /** Units of these SKUs announced on open shipments and not yet counted: the stock view's "inbound". */
  @Override
  public Map<String, Integer> expected(Collection<String> skus) {
    Map<String, Integer> expected = new HashMap<>();
    for (InboundLine l : shipments.openLines(skus)) {
      expected.merge(l.sku(), l.missing(), Integer::sum);
    }
    return expected;
  }

  private InboundShipment load(UUID id) {
    return shipments.find(id).orElseThrow(() -> ProblemException.notFound("Inbound shipment " + id));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
