package com.fulfil.picking;

import com.fulfil.layout.BinView;
import com.fulfil.layout.LayoutService;
import com.fulfil.security.Caller;
import com.fulfil.stock.Allocation;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
  @Inject Allocation allocation;
  @Inject PickExceptionViews views;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * Open short picks, oldest first, at most 200: of every shop (no {@code tenant}; each shop's are
   * read as that shop, audited), or of one shop, resolved ones too with {@code all}.
   */
  public List<PickExceptionView> exceptions(String tenant, boolean all) {
    if (tenant == null || tenant.isBlank()) {
      if (all) {
        throw ProblemException.invalid("tenant", "is required with all=true (resolved exceptions are listed per shop)");
      }
      Map<TenantId, List<UUID>> byShop = new LinkedHashMap<>();
      picking.openExceptionsAcrossTenants(EXCEPTIONS_MAX)
          .forEach(e -> byShop.computeIfAbsent(e.tenant(), k -> new ArrayList<>()).add(e.id()));
      List<PickExceptionView> out = new ArrayList<>();
      byShop.forEach((shop, ids) -> out.addAll(views.read(shop, ids)));
      out.sort(Comparator.comparing(PickExceptionView::raisedAt).thenComparing(PickExceptionView::id));
      return out;
    }
    TenantId shop = tenant(tenant);
    return platform.runAs(shop, "picking.exceptions-listed", () -> views.of(shop, picking.exceptions(all, EXCEPTIONS_MAX)));
  }

  /**
   * Resolves a short pick as its shop (audited). CLOSE closes it with the note. REPICK reserves the
   * missing units in bins whose stock is not in doubt (the short bin's is, until it is counted) and
   * adds them to the order's list, which goes back to the pickers' queue; 409 naming {@code action}
   * when fewer units are free there (nothing changes). 400 naming the field; 404 if the shop
   * has no such exception; 409 naming {@code status} if it is already resolved.
   */
  public PickExceptionView resolve(String id, ResolutionRequest request) {
    ProblemException.requireBody(request);
    List<Violation> v = new ArrayList<>();
    if (!TenantId.isValid(request.tenant())) {
      v.add(Violation.field("tenant", "must be the id of a shop"));
    }
    ResolutionAction action = null;
    try {
      action = request.action() == null || request.action().isBlank()
          ? ResolutionAction.CLOSE
          : ResolutionAction.valueOf(request.action().trim());
    } catch (IllegalArgumentException e) {
      v.add(Violation.field("action", "must be REPICK or CLOSE"));
    }
    String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
    if (note != null && note.length() > NOTE_MAX) {
      v.add(Violation.field("note", "must be at most " + NOTE_MAX + " characters"));
    } else if (note == null && action == ResolutionAction.CLOSE) {
      v.add(Violation.field("note", "is required to close a short pick: say what was done"));
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
    ResolutionAction how = action;
    return platform.runAs(shop, "picking.exception-resolved", () -> {
      PickException e = picking.lockException(key).orElseThrow(() -> ProblemException.notFound("Pick exception " + key));
      e.requireOpen();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      String said = note;
      if (how == ResolutionAction.REPICK) {
        said = repick(e) + (note == null ? "" : "; " + note);
      }
      e.resolve(how, said, caller.name(), now);
      picking.flush();
      return views.of(shop, List.of(e)).get(0);
    });
  }

  /** Reserves the missing units elsewhere and adds them to the order's list; what was done, for the note. */
  private String repick(PickException e) {
    Pick shortPick = picking.pick(e.pickId()).orElseThrow();
    PickList list = picking.lockList(shortPick.list().id()).orElseThrow();
    Allocation.Extra extra = allocation.reserveAgain(e.orderId(), e.sku(), e.missing());
    if (extra.reserved().isEmpty()) {
      String bin = layout.bins(List.of(e.binId())).get(e.binId()).barcode();
      throw ProblemException.conflict("action", "only " + extra.free() + " of " + e.missing() + " unit(s) of " + e.sku()
          + " are free in bins not in doubt (bin " + bin + " is, until it is counted): count that bin, receive stock,"
          + " or close the exception with a note");
    }
    Map<UUID, BinView> bins = layout.bins(extra.reserved().stream().map(Allocation.Reserved::binId).toList());
    List<Allocation.Reserved> stops = WalkingPath.order(extra.reserved(), r -> bins.get(r.binId()));
    list.repick(shortPick, stops);
    return "re-pick of " + e.missing() + " unit(s) from "
        + stops.stream().map(s -> bins.get(s.binId()).barcode()).distinct().collect(Collectors.joining(", "));
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
