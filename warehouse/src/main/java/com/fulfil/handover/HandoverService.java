package com.fulfil.handover;

import com.fulfil.packing.Parcel;
import com.fulfil.packing.ParcelStatus;
import com.fulfil.packing.Parcels;
import com.fulfil.packing.PackingRepository;
import com.fulfil.security.Caller;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The dispatcher's use cases at the dock: open a carrier's manifest, scan packed parcels onto it
 * (or take one off), close it. Each method is one transaction; closing is two steps, see {@link
 * ManifestClosing}.
 */
@ApplicationScoped
@Transactional
public class HandoverService {

  static final int BARCODE_MAX = 64;
  static final int LIST_MAX = 100;

  @Inject HandoverRepository manifests;
  @Inject Parcels parcels;
  @Inject PlatformScope platform;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject Event<ParcelsHandedOver> handedOver;

  /** A new manifest for the carrier; 422 naming {@code carrier} for an unknown one, 409 when it has an open one. */
  public ManifestView open(ManifestRequest request) {
    ProblemException.requireBody(request);
    if (request.carrier() == null || request.carrier().isBlank()) {
      throw ProblemException.invalid("carrier", "is required: one of " + String.join(", ", Manifest.CARRIERS));
    }
    String carrier = request.carrier().trim().toUpperCase();
    if (!Manifest.CARRIERS.contains(carrier)) {
      throw ProblemException.unprocessable("there is no carrier " + carrier,
          List.of(Violation.field("carrier", "must be one of " + String.join(", ", Manifest.CARRIERS))));
    }
    manifests.lockCarrier(carrier);
    Optional<Manifest> open = manifests.openOf(carrier);
    if (open.isPresent()) {
      throw ProblemException.conflict("carrier", carrier + " already has an open manifest: " + open.get().code());
    }
    Manifest m = new Manifest(manifests.nextCode(), carrier, caller.name(), now());
    manifests.add(m);
    manifests.flush();
    return view(m);
  }

  /** Manifests newest first; {@code status} OPEN, CLOSED or null for all (400 naming {@code status} otherwise). */
  public List<ManifestView> list(String status) {
    ManifestStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = ManifestStatus.valueOf(status.trim().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("status", "must be OPEN or CLOSED");
      }
    }
    return manifests.list(s, LIST_MAX).stream().map(this::view).toList();
  }

  /** By id or by code (scanning a manifest's barcode opens it); 404 when neither. */
  public ManifestView get(String idOrCode) {
    return view(find(idOrCode));
  }

  /**
   * A parcel scanned onto the manifest. 422 unknown-parcel or wrong-carrier naming {@code barcode};
   * 409 naming {@code barcode} when the parcel is not packed yet, already on a manifest, or the
   * manifest is closed.
   */
  public ManifestView scan(String manifestId, ParcelScanRequest request) {
    ProblemException.requireBody(request);
    String number = code(request.barcode());
    Manifest m = lock(manifestId);
    m.requireOpen("barcode");
    PackingRepository.Ref ref = parcels.byNumberAcrossTenants(number).orElseThrow(() -> new ProblemException(
        422, "unknown-parcel", "Unknown parcel", "no parcel has the number " + number,
        List.of(Violation.field("barcode", "no parcel has the number " + number))));
    platform.runAs(ref.tenant(), "handover.parcel-scanned", () -> {
      Parcel p = parcels.lock(ref.parcelId()).orElseThrow(() -> ProblemException.notFound("Parcel " + number));
      if (p.status() == ParcelStatus.OPEN) {
        throw ProblemException.conflict("barcode", "parcel " + number + " is not packed yet");
      }
      if (p.manifest() != null) {
        String on = p.manifest().equals(m.code()) ? "this manifest" : "manifest " + p.manifest();
        throw ProblemException.conflict("barcode", "parcel " + number + " is already on " + on);
      }
      if (!p.deliveryMethod().equals(m.carrier())) {
        String why = "parcel " + number + " goes by " + p.deliveryMethod() + ", not " + m.carrier();
        throw new ProblemException(422, "wrong-carrier", "Wrong carrier", why, List.of(Violation.field("barcode", why)));
      }
      p.putOn(m.code(), now());
      parcels.flush();
      return p;
    });
    return view(m);
  }

  /** Takes a parcel off the open manifest; 404 naming {@code number} when it is not on it. */
  public ManifestView takeOff(String manifestId, String number) {
    Manifest m = lock(manifestId);
    m.requireOpen("status");
    String n = number == null ? "" : number.trim();
    Optional<PackingRepository.Ref> ref = parcels.byNumberAcrossTenants(n);
    ProblemException notOn = new ProblemException(404, "not-found", "Not found", "parcel " + n + " is not on " + m.code(),
        List.of(Violation.field("number", "is not on this manifest")));
    if (ref.isEmpty()) {
      throw notOn;
    }
    platform.runAs(ref.get().tenant(), "handover.parcel-taken-off", () -> {
      Parcel p = parcels.lock(ref.get().parcelId()).orElseThrow(() -> notOn);
      if (!m.code().equals(p.manifest())) {
        throw notOn;
      }
      p.takeOff();
      parcels.flush();
      return p;
    });
    return view(m);
  }

  /** A closed manifest and the shops whose parcels on it still wait to be handed over. */
  public record Closed(UUID manifestId, List<TenantId> pendingShops) {}

  /**
   * The first step of closing: the manifest closes (409 naming {@code parcels} when it has none,
   * {@code status} when it is closed and nothing is pending). On a closed manifest with pending
   * parcels, just their shops are returned.
   */
  public Closed closeManifest(String manifestId) {
    Manifest m = lock(manifestId);
    List<HandoverRepository.OnManifest> on = manifests.parcelsAcrossTenants(m.code());
    LinkedHashSet<TenantId> pending = new LinkedHashSet<>();
    on.stream().filter(p -> ParcelStatus.PACKED.name().equals(p.status())).forEach(p -> pending.add(p.tenant()));
    if (m.status() == ManifestStatus.OPEN) {
      if (on.isEmpty()) {
        throw ProblemException.conflict("parcels", "manifest " + m.code() + " has no parcels");
      }
      m.close(caller.name(), now());
      manifests.flush();
    } else if (pending.isEmpty()) {
      throw ProblemException.conflict("status", "manifest " + m.code() + " is closed");
    }
    return new Closed(m.id(), List.copyOf(pending));
  }

  /**
   * The second step, one shop at a time in a transaction of its own: the shop's parcels on the
   * closed manifest are handed over and {@link ParcelsHandedOver} moves their orders.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void handOver(UUID manifestId, TenantId tenant) {
    Manifest m = manifests.find(manifestId).orElseThrow();
    platform.runAs(tenant, "handover.parcels-handed-over", () -> {
      List<Parcel> packed = parcels.lockPackedOn(m.code());
      Instant now = now();
      List<UUID> orders = new ArrayList<>();
      for (Parcel p : packed) {
        p.handOver(now);
        orders.add(p.orderId());
      }
      parcels.flush();
      if (!orders.isEmpty()) {
        handedOver.fire(new ParcelsHandedOver(tenant, orders, m.code(), m.carrier()));
      }
      return orders;
    });
  }

  private ManifestView view(Manifest m) {
    List<ManifestView.Parcel> list = new ArrayList<>();
    long weight = 0;
    int pending = 0;
    Map<String, Long> cod = new TreeMap<>();
    for (HandoverRepository.OnManifest p : manifests.parcelsAcrossTenants(m.code())) {
      ManifestView.Cod c = p.codMinor() == null ? null : new ManifestView.Cod(p.currency(), p.codMinor());
      list.add(new ManifestView.Parcel(p.number(), p.tenant().value(), p.orderNumber(), p.status(), p.weightGrams(), p.box(), c, p.scannedAt()));
      weight += p.weightGrams() == null ? 0 : p.weightGrams();
      if (c != null) {
        cod.merge(c.currency(), c.amountMinor(), Long::sum);
      }
      if (m.status() == ManifestStatus.CLOSED && ParcelStatus.PACKED.name().equals(p.status())) {
        pending++;
      }
    }
    List<ManifestView.Cod> codTotals = cod.entrySet().stream().map(e -> new ManifestView.Cod(e.getKey(), e.getValue())).toList();
    return new ManifestView(m.id(), m.code(), m.carrier(), m.status(), m.openedBy(), m.openedAt(), m.closedBy(), m.closedAt(),
        list, new ManifestView.Totals(list.size(), weight, codTotals), pending);
  }

  private Manifest find(String idOrCode) {
    String key = idOrCode == null ? "" : idOrCode.trim();
    Optional<Manifest> m;
    try {
      m = manifests.find(UUID.fromString(key));
    } catch (IllegalArgumentException e) {
      m = manifests.byCode(key.toUpperCase());
    }
    return m.orElseThrow(() -> ProblemException.notFound("Manifest " + key));
  }

  private Manifest lock(String manifestId) {
    UUID id = find(manifestId).id();
    return manifests.lock(id).orElseThrow(() -> ProblemException.notFound("Manifest " + manifestId));
  }

  private static String code(String value) {
    if (value == null || value.isBlank() || value.trim().length() > BARCODE_MAX) {
      throw ProblemException.invalid("barcode", "is required, at most " + BARCODE_MAX + " characters");
    }
    return value.trim().toUpperCase();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
