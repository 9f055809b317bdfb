package com.fulfil.packing;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Parcels of the tenant bound to the transaction (EclipseLink and RLS scope them), the platform's
 * boxes, the parcel number sequence, and packing's paths across shops: the SECURITY DEFINER
 * functions of V12 that hand back ids only.
 */
@ApplicationScoped
public class PackingRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /** A parcel and its shop. */
  public record Ref(UUID parcelId, TenantId tenant) {}

  void add(Parcel parcel) {
    em.persist(parcel);
  }

  void flush() {
    em.flush();
  }

  /**
   * Serialises the opening of the order's parcel: two stations scanning the same tote at once
   * get the same parcel, not a unique-key failure (released when the transaction ends).
   */
  void lockOrder(UUID orderId) {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended('wh_parcel:' || ?1, 0))) l")
        .setParameter(1, orderId.toString())
        .getSingleResult();
  }

  /** The shop's parcel for this order, if any (one per order). */
  Optional<Parcel> ofOrder(UUID orderId) {
    return em.createQuery("select p from Parcel p where p.orderId = :order", Parcel.class)
        .setParameter("order", orderId)
        .getResultStream()
        .findFirst();
  }

  /** The parcel, locked for this transaction and freshly read (scans at one station queue). */
  Optional<Parcel> lock(UUID id) {
    em.flush();
    return em.createQuery("select p from Parcel p where p.id = :id", Parcel.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  Optional<Parcel> find(UUID id) {
    return Optional.ofNullable(em.find(Parcel.class, id));
  }

  /** The parcels on a manifest that are packed and not yet handed over, locked. */
  List<Parcel> lockPackedOn(String manifest) {
    em.flush();
    return em.createQuery(
            "select p from Parcel p where p.manifest = :m and p.status = :packed order by p.number", Parcel.class)
        .setParameter("m", manifest)
        .setParameter("packed", ParcelStatus.PACKED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultList();
  }

  String nextNumber() {
    long n = ((Number) em.createNativeQuery("select nextval('wh_parcel_number_seq')").getSingleResult()).longValue();
    return String.format("PCL%09d", n);
  }

  List<BoxView> boxes() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "select code, name, length_mm, width_mm, height_mm, max_weight_grams from wh_box where active order by max_weight_grams, code")
        .getResultList();
    List<BoxView> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new BoxView((String) r[0], (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5])));
    }
    return out;
  }

  void logScan(UUID parcelId, TenantId tenant, String packer, String action, String barcode, String sku, String result, Instant at) {
    em.createNativeQuery(
            "insert into wh_pack_scan (id, tenant_id, parcel_id, packer, action, barcode, sku, result, scanned_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, tenant.value())
        .setParameter(3, parcelId)
        .setParameter(4, packer)
        .setParameter(5, action)
        .setParameter(6, barcode)
        .setParameter(7, sku)
        .setParameter(8, result)
        .setParameter(9, Timestamp.from(at))
        .executeUpdate();
  }

  /** The shop of a parcel, across shops; empty when there is no such parcel. */
  Optional<TenantId> tenantOfAcrossTenants(UUID parcelId) {
    Object tenant = em.createNativeQuery("select wh_parcel_tenant(cast(?1 as uuid))")
        .setParameter(1, parcelId.toString())
        .getSingleResult();
    return tenant == null ? Optional.empty() : Optional.of(new TenantId((String) tenant));
  }

  /** The parcel with this number (its barcode) and its shop, across shops. */
  Optional<Ref> byNumberAcrossTenants(String number) {
    List<?> rows = em.createNativeQuery("select parcel_id, tenant_id from wh_parcel_by_number(?1)").setParameter(1, number).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(new Ref(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), new TenantId((String) r[1])));
  }

  private static int n(Object o) {
    return ((Number) o).intValue();
  }
}
