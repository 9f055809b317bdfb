package com.fulfil.picking;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.security.Caller;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What storekeepers and supervisors see of picking: a shop's pick exceptions (short picks) and
 * their resolution, as that shop (audited); the pickers' accuracy and speed, from the scan log.
 */
@ApplicationScoped
@Transactional
public class PickSupervision {

  static final int EXCEPTIONS_MAX = 200;
  static final int SCANS_MAX = 1000;
  static final int NOTE_MAX = 500;
  static final Duration PERIOD_MAX = Duration.ofDays(31);

  @Inject PlatformScope platform;
  @Inject PickingRepository picking;
  @Inject LayoutService layout;
  @Inject Caller caller;
  @Inject Clock clock;

  /** The shop's open exceptions (all, with {@code all}), oldest first, at most 200. */
  public List<PickExceptionView> exceptions(String tenant, boolean all) {
    TenantId shop = tenant(tenant);
    return platform.runAs(shop, "picking.exceptions-listed", () -> {
      List<PickException> rows = picking.exceptions(all, EXCEPTIONS_MAX);
      Map<UUID, BinView> bins = layout.bins(rows.stream().map(PickException::binId).distinct().toList());
      return rows.stream().map(e -> view(shop, e, bins)).toList();
    });
  }

  /** Closes an exception with a note: 400 naming {@code note}; 404 if the shop has no such exception; 409 if resolved. */
  public PickExceptionView resolve(String id, ResolutionRequest request) {
    ProblemException.requireBody(request);
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(request.tenant())) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    if (request.note() == null || request.note().isBlank() || request.note().length() > NOTE_MAX) {
      v.add(Violation.field("note", "is required, at most " + NOTE_MAX + " characters"));
    }
    UUID exceptionId = null;
    try {
      exceptionId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      v.add(Violation.field("id", "must be an exception id (UUID)"));
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    TenantId shop = new TenantId(request.tenant());
    UUID key = exceptionId;
    return platform.runAs(shop, "picking.exception-resolved", () -> {
      PickException e = picking.lockException(key).orElseThrow(() -> ProblemException.notFound("Pick exception " + key));
      e.resolve(request.note().trim(), caller.name(), clock.instant().truncatedTo(ChronoUnit.MICROS));
      picking.flush();
      return view(shop, e, layout.bins(List.of(e.binId())));
    });
  }

  /** Figures per picker for {@code [from, to)} (default: the last 24 hours), of one picker or all. */
  public PickerFiguresView figures(String from, String to, String picker) {
    Instant[] period = period(from, to);
    List<PickerFiguresView.Picker> out = new ArrayList<>();
    for (PickingRepository.Figures f : picking.figures(period[0], period[1], blankToNull(picker))) {
      long seconds = Math.max(60, Duration.between(f.first(), f.last()).toSeconds());
      Long permille = f.scans() == 0 ? null : Math.round(1000.0 * (f.scans() - f.wrong()) / f.scans());
      out.add(new PickerFiguresView.Picker(
          f.picker(), f.scans(), f.wrong(), permille, f.picks(), f.first(), f.last(), Math.round(f.picks() * 3600.0 / seconds)));
    }
    return new PickerFiguresView(period[0], period[1], out);
  }

  /** The scan log of one picker in {@code [from, to)}, oldest first, at most 1,000 rows: what the figures count. */
  public List<PickScanView> scans(String picker, String from, String to) {
    if (picker == null || picker.isBlank()) {
      throw ProblemException.invalid("picker", "is required");
    }
    Instant[] period = period(from, to);
    return picking.scans(picker.trim(), period[0], period[1], SCANS_MAX).stream()
        .map(s -> new PickScanView(s.id(), s.picker(), s.listId(), s.pickId(), s.step(), s.scanned(), s.ok(), s.at()))
        .toList();
  }

  private Instant[] period(String from, String to) {
    List<Violation> v = new ArrayList<>();
    Instant end = instant(to, "to", v);
    Instant start = instant(from, "from", v);
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    end = end == null ? clock.instant().plusSeconds(1) : end;
    start = start == null ? end.minus(Duration.ofDays(1)) : start;
    if (!start.isBefore(end) || Duration.between(start, end).compareTo(PERIOD_MAX) > 0) {
      throw ProblemException.invalid("from", "must be before 'to', at most 31 days earlier");
    }
    return new Instant[] {start, end};
  }

  private static Instant instant(String value, String field, List<Violation> v) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      v.add(Violation.field(field, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z"));
      return null;
    }
  }

  private static TenantId tenant(String tenant) {
    if (!TenantId.isValid(tenant)) {
      throw ProblemException.invalid("tenant", "must be the id of a shop");
    }
    return new TenantId(tenant);
  }

  private static PickExceptionView view(TenantId shop, PickException e, Map<UUID, BinView> bins) {
    return new PickExceptionView(
        e.id(), shop.value(), e.orderId(), e.sku(), e.lot().isEmpty() ? null : e.lot(), bins.get(e.binId()).barcode(),
        e.expected(), e.picked(), e.reason(), e.raisedBy(), e.raisedAt(), e.resolvedBy(), e.resolvedAt(), e.resolution());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
