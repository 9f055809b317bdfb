package com.fulfil.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inbound shipments of the tenant bound to the transaction (EclipseLink and RLS scope them). */
@ApplicationScoped
public class InboundRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<InboundShipment> find(UUID id) {
    return Optional.ofNullable(em.find(InboundShipment.class, id));
  }

  /**
   * The shipment with this code, locked for this transaction: two scanners at the same shipment
   * count one after the other, so no count is lost.
   */
  Optional<InboundShipment> lockByCode(String code) {
    return em.createQuery("select s from InboundShipment s where s.code = :code", InboundShipment.class)
        .setParameter("code", code)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  Optional<InboundShipment> byCode(String code) {
    return em.createQuery("select s from InboundShipment s where s.code = :code", InboundShipment.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  boolean referenceTaken(String reference) {
    return !em.createQuery("select s.id from InboundShipment s where s.reference = :ref", UUID.class)
        .setParameter("ref", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Newest first, keyset by (created_at, id). */
  List<InboundShipment> list(InboundStatus status, Instant beforeAt, UUID beforeId, int max) {
    String jpql = "select s from InboundShipment s where 1 = 1"
        + (status == null ? "" : " and s.status = :status")
        + (beforeAt == null ? "" : " and (s.createdAt < :at or (s.createdAt = :at and s.id < :id))")
        + " order by s.createdAt desc, s.id desc";
    var q = em.createQuery(jpql, InboundShipment.class);
    if (status != null) {
      q.setParameter("status", status);
    }
    if (beforeAt != null) {
      q.setParameter("at", beforeAt).setParameter("id", beforeId);
    }
    return q.setMaxResults(max).getResultList();
  }

  /** Lines of these SKUs on shipments still expected (announced or being received). */
  List<InboundLine> openLines(Collection<String> skus) {
    if (skus.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select l from InboundLine l where l.sku in :skus and l.shipment.status in :open", InboundLine.class)
        .setParameter("skus", List.copyOf(skus))
        .setParameter("open", List.of(InboundStatus.ANNOUNCED, InboundStatus.RECEIVING))
        .getResultList();
  }

  /** Open shipments of every shop, through the owner's SECURITY DEFINER function (V11). */
  List<DockShipmentView> dockAcrossTenants(int max) {
    List<?> rows =
        em.createNativeQuery(
                "select code, tenant_id, reference, status, expected_on, expected_units, received_units, awaiting_putaway"
                    + " from wh_dock_across_tenants(?1)")
            .setParameter(1, max)
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> new DockShipmentView(
            (String) r[0], (String) r[1], (String) r[2], InboundStatus.valueOf((String) r[3]),
            r[4] == null ? null : ((java.sql.Date) r[4]).toLocalDate(), ((Number) r[5]).intValue(),
            ((Number) r[6]).intValue(), ((Number) r[7]).intValue()))
        .toList();
  }

  List<InboundReport> reports(UUID shipmentId) {
    return em.createQuery(
            "select r from InboundReport r where r.shipmentId = :id order by r.occurredAt", InboundReport.class)
        .setParameter("id", shipmentId)
        .setMaxResults(1_000)
        .getResultList();
  }

  void add(Object shipmentOrReport) {
    em.persist(shipmentOrReport);
  }

  void flush() {
    em.flush();
  }
}
