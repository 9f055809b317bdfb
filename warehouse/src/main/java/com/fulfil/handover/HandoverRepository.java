package com.fulfil.handover;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Manifests (platform data) and the one read across shops handover needs: the parcels on a manifest
 * (V13's SECURITY DEFINER function, numbers, weights and COD only).
 */
@ApplicationScoped
public class HandoverRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /** A parcel on a manifest, as every shop's parcels are listed together. */
  record OnManifest(UUID parcelId, TenantId tenant, String number, String orderNumber, String status, String box,
      Integer weightGrams, Long codMinor, String currency, Instant scannedAt) {}

  void add(Manifest m) {
    em.persist(m);
  }

  void flush() {
    em.flush();
  }

  /** Serialises opening a manifest per carrier (one open manifest per carrier; released at commit). */
  void lockCarrier(String carrier) {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended('wh_manifest:' || ?1, 0))) l")
        .setParameter(1, carrier)
        .getSingleResult();
  }

  Optional<Manifest> openOf(String carrier) {
    return em.createQuery("select m from Manifest m where m.carrier = :c and m.status = :open", Manifest.class)
        .setParameter("c", carrier)
        .setParameter("open", ManifestStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  Optional<Manifest> find(UUID id) {
    return Optional.ofNullable(em.find(Manifest.class, id));
  }

  Optional<Manifest> byCode(String code) {
    return em.createQuery("select m from Manifest m where m.code = :code", Manifest.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The manifest, locked for this transaction and freshly read: its scans and its closing queue. */
  Optional<Manifest> lock(UUID id) {
    return em.createQuery("select m from Manifest m where m.id = :id", Manifest.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  /** Manifests newest first, of one status or (null) all, at most {@code max}. */
  List<Manifest> list(ManifestStatus status, int max) {
    var query = em.createQuery(
        "select m from Manifest m" + (status == null ? "" : " where m.status = :s") + " order by m.openedAt desc, m.id",
        Manifest.class);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(max).getResultList();
  }

  String nextCode() {
    long n = ((Number) em.createNativeQuery("select nextval('wh_manifest_code_seq')").getSingleResult()).longValue();
    return String.format("MAN-%06d", n);
  }

  /** The parcels on a manifest, of every shop, in the order they were scanned on. */
  List<OnManifest> parcelsAcrossTenants(String manifest) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "select parcel_id, tenant_id, number, order_number, status, box, weight_grams, cod_minor, currency, manifested_at"
                + " from wh_manifest_parcels(?1)")
        .setParameter(1, manifest)
        .getResultList();
    List<OnManifest> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new OnManifest(
          r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), new TenantId((String) r[1]), (String) r[2],
          (String) r[3], (String) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(),
          r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8], instant(r[9])));
    }
    return out;
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    return Instant.parse(o.toString());
  }
}
