package com.fulfil.layout;

import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The warehouse layout: the administrator's use cases, and the lookups other contexts need (a bin
 * by its scanned barcode, the dock, empty bins in walking order). Platform data: no tenant is
 * bound or needed; callers inside a shop's transaction join it.
 */
@ApplicationScoped
@Transactional
public class LayoutService {

  /** The receiving dock's bin, created by the migration: received goods wait here for putaway. */
  public static final UUID DOCK_BIN = UUID.fromString("00000000-0000-0000-0000-00000000d0c1");

  /** The quarantine bin, created by the migration: damaged goods, blocked for orders. */
  public static final UUID QUARANTINE_BIN = UUID.fromString("00000000-0000-0000-0000-00000000a0a1");

  public record ImportResult(int imported, int created, int updated) {}

  @Inject LayoutRepository layout;
  @Inject Clock clock;

  public ZoneView createZone(ZoneRequest request) {
    reject(request.violations());
    if (layout.zone(request.code().trim()).isPresent()) {
      throw ProblemException.conflict("code", "a zone with this code already exists");
    }
    Zone zone = Zone.create(request, clock.instant());
    layout.add(zone);
    layout.flush();
    return ZoneView.of(zone);
  }

  public List<ZoneView> zones() {
    return layout.zones().stream().map(ZoneView::of).toList();
  }

  public BinView createBin(BinRequest request) {
    reject(request.violations());
    Zone zone = layout.zone(request.zone().trim()).orElseThrow(() -> ProblemException.invalid("zone", "no zone has this code"));
    if (layout.binByBarcode(request.barcode().trim()).isPresent()) {
      throw ProblemException.conflict("barcode", "a bin with this barcode already exists");
    }
    if (layout.binAt(zone.id(), request.aisle().trim(), request.rack().trim(), request.shelf().trim(), request.position().trim()).isPresent()) {
      throw ProblemException.conflict("position", "a bin at this address already exists");
    }
    Bin bin = Bin.create(zone, request, clock.instant());
    layout.add(bin);
    layout.flush();
    return BinView.of(bin);
  }

  /** The bin with this barcode: 404 if there is none. */
  public BinView bin(String barcode) {
    return findBin(barcode).orElseThrow(() -> ProblemException.notFound("Bin " + barcode));
  }

  /** For scans: the bin with this barcode, if any; the caller names its own field when there is none. */
  public Optional<BinView> findBin(String barcode) {
    return barcode == null ? Optional.empty() : layout.binByBarcode(barcode.trim()).map(BinView::of);
  }

  public Map<UUID, BinView> bins(Collection<UUID> ids) {
    Map<UUID, BinView> views = new HashMap<>();
    layout.bins(ids).forEach((id, bin) -> views.put(id, BinView.of(bin)));
    return views;
  }

  /** Storage bins that hold nothing of anybody, in walking order, at most {@code max}. */
  public List<BinView> emptyStorageBins(int max) {
    return layout.emptyStorageBins(max).stream().map(BinView::of).toList();
  }

  /** Bins in walking order, optionally of one zone and aisle. */
  public Page<BinView> list(String zone, String aisle, PageRequest page) {
    Integer afterSeq = null;
    String afterBarcode = null;
    if (page.after() != null) {
      String[] key = page.after().split("\\|", 2);
      try {
        afterSeq = Integer.valueOf(key[0]);
        afterBarcode = key[1];
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
      }
    }
    return page.page(
        layout.list(blankToNull(zone), blankToNull(aisle), afterSeq, afterBarcode, page.fetchSize()),
        b -> b.sequence() + "|" + b.barcode(),
        BinView::of);
  }

  /**
   * Creates or updates (by barcode) every bin of the file, or none: any error in any line refuses
   * the whole file with every error listed by line and column.
   */
  public ImportResult importCsv(String csv) {
    BinCsv.Result parsed = BinCsv.parse(csv);
    List<Violation> errors = new ArrayList<>(parsed.errors());
    Set<String> zoneCodes = new LinkedHashSet<>();
    parsed.rows().forEach(r -> zoneCodes.add(r.request().zone().trim()));
    Map<String, Zone> zones = layout.zones(zoneCodes);
    Map<String, Integer> lineOfBarcode = new HashMap<>();
    Map<String, Integer> lineOfAddress = new HashMap<>();
    for (BinCsv.Row row : parsed.rows()) {
      BinRequest r = row.request();
      if (!zones.containsKey(r.zone().trim())) {
        errors.add(Violation.line(row.line(), "zone", "no zone has this code"));
      }
      Integer first = lineOfBarcode.putIfAbsent(r.barcode().trim(), row.line());
      if (first != null) {
        errors.add(Violation.line(row.line(), "barcode", "repeats the barcode of line " + first));
      }
      Integer same = lineOfAddress.putIfAbsent(address(r), row.line());
      if (same != null) {
        errors.add(Violation.line(row.line(), "position", "repeats the address of line " + same));
      }
    }
    Map<String, Bin> existing = layout.binsByBarcodes(lineOfBarcode.keySet());
    if (errors.isEmpty()) {
      for (BinCsv.Row row : parsed.rows()) {
        BinRequest r = row.request();
        Zone zone = zones.get(r.zone().trim());
        layout.binAt(zone.id(), r.aisle().trim(), r.rack().trim(), r.shelf().trim(), r.position().trim())
            .filter(other -> !other.barcode().equals(r.barcode().trim()) && !lineOfBarcode.containsKey(other.barcode()))
            .ifPresent(other -> errors.add(Violation.line(row.line(), "position", "bin " + other.barcode() + " is already at this address")));
        if (errors.size() >= BinCsv.MAX_ERRORS) {
          break;
        }
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(Violation::line));
      throw ProblemException.unprocessable(
          errors.size() + " error(s) in the file; nothing was imported.",
          errors.subList(0, Math.min(errors.size(), BinCsv.MAX_ERRORS)));
    }
    Instant now = clock.instant();
    int created = 0;
    for (BinCsv.Row row : parsed.rows()) {
      BinRequest r = row.request();
      Zone zone = zones.get(r.zone().trim());
      Bin bin = existing.get(r.barcode().trim());
      if (bin == null) {
        layout.add(Bin.create(zone, r, now));
        created++;
      } else {
        bin.revise(zone, r, now);
      }
    }
    layout.flush();
    int total = parsed.rows().size();
    return new ImportResult(total, created, total - created);
  }

  private static String address(BinRequest r) {
    return String.join("-", r.zone().trim(), r.aisle().trim(), r.rack().trim(), r.shelf().trim(), r.position().trim());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
  }
}
