package com.fulfil.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Zones and bins: platform data, the same for every caller. */
@ApplicationScoped
public class LayoutRepository {

  private static final int IN_CHUNK = 1_000;

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<Zone> zone(String code) {
    return em.createQuery("select z from Zone z where z.code = :code", Zone.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  Map<String, Zone> zones(Collection<String> codes) {
    Map<String, Zone> found = new HashMap<>();
    if (!codes.isEmpty()) {
      em.createQuery("select z from Zone z where z.code in :codes", Zone.class)
          .setParameter("codes", List.copyOf(codes))
          .getResultList()
          .forEach(z -> found.put(z.code(), z));
    }
    return found;
  }

  List<Zone> zones() {
    return em.createQuery("select z from Zone z order by z.code", Zone.class).setMaxResults(1_000).getResultList();
  }

  Optional<Bin> bin(UUID id) {
    return Optional.ofNullable(em.find(Bin.class, id));
  }

  Optional<Bin> binByBarcode(String barcode) {
    return em.createQuery("select b from Bin b join fetch b.zone where b.barcode = :barcode", Bin.class)
        .setParameter("barcode", barcode)
        .getResultStream()
        .findFirst();
  }

  Map<String, Bin> binsByBarcodes(Collection<String> barcodes) {
    Map<String, Bin> found = new HashMap<>();
    List<String> all = new ArrayList<>(barcodes);
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      em.createQuery("select b from Bin b join fetch b.zone where b.barcode in :codes", Bin.class)
          .setParameter("codes", all.subList(i, Math.min(all.size(), i + IN_CHUNK)))
          .getResultList()
          .forEach(b -> found.put(b.barcode(), b));
    }
    return found;
  }

  Optional<Bin> binAt(UUID zoneId, String aisle, String rack, String shelf, String position) {
    return em.createQuery(
            "select b from Bin b where b.zone.id = :zone and b.aisle = :aisle and b.rack = :rack"
                + " and b.shelf = :shelf and b.position = :position",
            Bin.class)
        .setParameter("zone", zoneId)
        .setParameter("aisle", aisle)
        .setParameter("rack", rack)
        .setParameter("shelf", shelf)
        .setParameter("position", position)
        .getResultStream()
        .findFirst();
  }

  Map<UUID, Bin> bins(Collection<UUID> ids) {
    Map<UUID, Bin> found = new HashMap<>();
    List<UUID> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      em.createQuery("select b from Bin b join fetch b.zone where b.id in :ids", Bin.class)
          .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_CHUNK)))
          .getResultList()
          .forEach(b -> found.put(b.id(), b));
    }
    return found;
  }

  /** Keyset page in walking order: (sequence, barcode) after the given key. */
  List<Bin> list(String zoneCode, String aisle, Integer afterSequence, String afterBarcode, int max) {
    StringBuilder jpql = new StringBuilder("select b from Bin b where 1 = 1");
    if (zoneCode != null) {
      jpql.append(" and b.zone.code = :zone");
    }
    if (aisle != null) {
      jpql.append(" and b.aisle = :aisle");
    }
    if (afterSequence != null) {
      jpql.append(" and (b.sequence > :seq or (b.sequence = :seq and b.barcode > :barcode))");
    }
    jpql.append(" order by b.sequence, b.barcode");
    TypedQuery<Bin> q = em.createQuery(jpql.toString(), Bin.class);
    if (zoneCode != null) {
      q.setParameter("zone", zoneCode);
    }
    if (aisle != null) {
      q.setParameter("aisle", aisle);
    }
    if (afterSequence != null) {
      q.setParameter("seq", afterSequence).setParameter("barcode", afterBarcode);
    }
    return q.setMaxResults(max).getResultList();
  }

  /**
   * Empty storage bins (holding no unit of any shop), in walking order. Occupancy is the
   * platform-level per-bin unit count that the stock context keeps (wh_bin_load): no shop's rows
   * are read.
   */
  List<Bin> emptyStorageBins(int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select b.id from wh_bin b join wh_zone z on z.id = b.zone_id"
                    + " left join wh_bin_load l on l.bin_id = b.id"
                    + " where z.kind = 'STORAGE' and coalesce(l.units, 0) = 0"
                    + " order by b.walk_seq, b.barcode limit ?1")
            .setParameter(1, max)
            .getResultList();
    List<UUID> uuids = ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
    Map<UUID, Bin> bins = bins(uuids);
    return uuids.stream().map(bins::get).toList();
  }

  void add(Object zoneOrBin) {
    em.persist(zoneOrBin);
  }

  void flush() {
    em.flush();
  }
}
