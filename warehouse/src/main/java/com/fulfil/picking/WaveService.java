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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The storekeeper's waves: releases a shop's ALLOCATED orders for picking (audited, as that shop),
 * each as a pick list with a tote, its picks in walking order; and the carrier cut-offs that decide
 * which orders go first.
 */
@ApplicationScoped
@Transactional
public class WaveService {

  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PlatformScope platform;
  @Inject PickingRepository picking;
  @Inject AllocatedOrders orders;
  @Inject Allocation allocation;
  @Inject LayoutService layout;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<WaveReleased> released;

  /** Per shop, the orders waiting to be released (ALLOCATED), most first. */
  public List<BacklogView> backlog() {
    return picking.backlogAcrossTenants();
  }

  /**
   * Releases a wave. 400 naming the field for bad input; 409 naming {@code orderIds} when a named
   * order is already in a wave or not ALLOCATED; 422 naming {@code orderIds} when the shop has no
   * ALLOCATED order to release. The orders become PICKING in this transaction (via {@link
   * WaveReleased}); nothing is stored on error.
   */
  public WaveView release(WaveRequest request) {
    List<Violation> v = request.violations();
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    TenantId tenant = new TenantId(request.tenant());
    return platform.runAs(tenant, "picking.wave-released", () -> {
      Set<UUID> named = request.ids();
      if (named != null) {
        List<PickList> already = picking.listsOfOrders(named);
        if (!already.isEmpty()) {
          throw ProblemException.conflict("orderIds", "order " + already.get(0).orderId() + " is already in a wave");
        }
      }
      int fetch = named == null ? WaveRequest.MAX_ORDERS * 5 : named.size();
      List<WavePlanner.Candidate> candidates = new ArrayList<>(orders.allocated(named, fetch));
      if (named != null && candidates.size() < named.size()) {
        Set<UUID> found = new HashSet<>();
        candidates.forEach(c -> found.add(c.orderId()));
        UUID missing = named.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
        throw ProblemException.conflict("orderIds", "order " + missing + " is not ALLOCATED");
      }
      if (named == null) {
        Set<UUID> inWave = new HashSet<>();
        picking.listsOfOrders(candidates.stream().map(WavePlanner.Candidate::orderId).toList())
            .forEach(l -> inWave.add(l.orderId()));
        candidates.removeIf(c -> inWave.contains(c.orderId()));
      }
      List<WavePlanner.Candidate> chosen = WavePlanner.select(candidates, picking.cutoffs(), request.limit());
      if (chosen.isEmpty()) {
        throw ProblemException.unprocessable(
            "shop " + tenant.value() + " has no ALLOCATED order to release",
            List.of(Violation.field("orderIds", "no ALLOCATED order to release")));
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      Wave wave = new Wave("W-" + code(8), caller.name(), now, chosen.size());
      picking.add(wave);
      List<WaveView.ListSummary> lists = new ArrayList<>();
      int seq = 0;
      for (WavePlanner.Candidate c : chosen) {
        List<Allocation.Reserved> reserved = allocation.reservations(c.orderId());
        if (reserved.isEmpty()) {
          throw ProblemException.conflict("orderIds", "order " + c.orderId() + " holds no reserved stock to pick");
        }
        Map<UUID, BinView> bins = layout.bins(reserved.stream().map(Allocation.Reserved::binId).toList());
        PickList list = new PickList(wave.id(), c.orderId(), c.number(), "TOTE-" + code(10), seq++, now);
        int units = 0;
        for (Allocation.Reserved r : WalkingPath.order(reserved, x -> bins.get(x.binId()))) {
          list.add(r.id(), r.sku(), r.lot(), r.binId(), r.qty());
          units += r.qty();
        }
        picking.add(list);
        lists.add(new WaveView.ListSummary(list.id(), c.orderId(), c.number(), c.deliveryMethod(), list.tote(), reserved.size(), units));
      }
      picking.flush();
      released.fire(new WaveReleased(tenant, wave.id(), wave.code(), chosen.stream().map(WavePlanner.Candidate::orderId).toList()));
      return new WaveView(wave.id(), wave.code(), tenant.value(), wave.releasedBy(), wave.releasedAt(), lists);
    });
  }

  /** Cut-off per delivery method, earliest first. */
  public List<CutoffView> cutoffs() {
    return picking.cutoffs().entrySet().stream().map(e -> new CutoffView(e.getKey(), e.getValue().toString())).toList();
  }

  /** Sets a delivery method's cut-off: 400 naming {@code deliveryMethod} or {@code cutoff} for bad input. */
  public CutoffView putCutoff(String method, CutoffRequest request) {
    List<Violation> v = new ArrayList<>();
    if (method == null || !method.matches("[A-Z_]{1,32}")) {
      v.add(Violation.field("deliveryMethod", "must be a delivery method code such as COURIER"));
    }
    LocalTime cutoff = null;
    try {
      cutoff = request.cutoff() == null ? null : LocalTime.parse(request.cutoff().trim());
    } catch (DateTimeParseException e) {
      cutoff = null;
    }
    if (cutoff == null) {
      v.add(Violation.field("cutoff", "must be a time of day such as 14:00"));
    }
    if (!v.isEmpty()) {
      throw ProblemException.invalid(v);
    }
    picking.putCutoff(method, cutoff.truncatedTo(ChronoUnit.MINUTES), caller.name(), clock.instant());
    return new CutoffView(method, cutoff.truncatedTo(ChronoUnit.MINUTES).toString());
  }

  static String code(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }
}
