package com.fulfil.notification;

import com.fulfil.sql.NativeRows;
import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhooks and their deliveries, of the tenant bound to the transaction. */
@ApplicationScoped
public class WebhookRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  /** A delivery and its place in its webhook's order (the {@code seq} column). */
  record Numbered(long sequence, WebhookDelivery delivery) {}

  Optional<Webhook> find(UUID id) {
    return Optional.ofNullable(em.find(Webhook.class, id));
  }

  /** Oldest first, keyset by (created_at, id). */
  List<Webhook> list(int max) {
    return em.createQuery("select w from Webhook w order by w.createdAt, w.id", Webhook.class)
        .setMaxResults(max)
        .getResultList();
  }

  long count() {
    return em.createQuery("select count(w) from Webhook w", Long.class).getSingleResult();
  }

  List<Webhook> active() {
    return em.createQuery("select w from Webhook w where w.active = true", Webhook.class).getResultList();
  }

  void add(Webhook webhook) {
    em.persist(webhook);
  }

  void remove(Webhook webhook) {
    // Deliveries go with it (on delete cascade); the persistence context must not keep them.
    em.createQuery("delete from WebhookDelivery d where d.webhookId = :id").setParameter("id", webhook.id()).executeUpdate();
    em.remove(webhook);
  }

  void add(WebhookDelivery delivery) {
    em.persist(delivery);
  }

  Optional<WebhookDelivery> delivery(UUID webhookId, UUID deliveryId) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId)).filter(d -> d.webhookId().equals(webhookId));
  }

  Optional<WebhookDelivery> delivery(UUID deliveryId) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId));
  }

  /** The webhook's deliveries, newest first, those before {@code beforeSeq} (null: from the newest). */
  List<Numbered> deliveries(UUID webhookId, Long beforeSeq, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, seq from ntf_webhook_delivery where webhook_id = ?1 and seq < ?2 order by seq desc limit ?3")
            .setParameter(1, webhookId)
            .setParameter(2, beforeSeq == null ? Long.MAX_VALUE : beforeSeq)
            .setParameter(3, max)
            .getResultList();
    List<Numbered> page = new ArrayList<>(rows.size());
    Map<UUID, WebhookDelivery> loaded = new HashMap<>();
    List<UUID> ids = rows.stream().map(r -> NativeRows.uuid(r[0])).toList();
    if (!ids.isEmpty()) {
      em.createQuery("select d from WebhookDelivery d where d.id in :ids", WebhookDelivery.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(d -> loaded.put(d.id(), d));
    }
    for (Object[] r : rows) {
      page.add(new Numbered(((Number) r[1]).longValue(), loaded.get(NativeRows.uuid(r[0]))));
    }
    return page;
  }

  /**
   * Takes the due head of each webhook's queue: a delivery is only taken when no older delivery of
   * the same webhook is still pending, so a webhook's events go out one at a time, in order.
   * Rows another worker holds are skipped; an older one held elsewhere keeps the younger ones back.
   */
  List<WebhookDelivery> lockDueHeads(TenantId tenant, Instant now, int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select d.id from ntf_webhook_delivery d"
                    + " where d.tenant_id = ?1 and d.status = 'PENDING' and d.next_attempt_at <= ?2"
                    + " and (d.lease_until is null or d.lease_until <= ?2)"
                    + " and not exists (select 1 from ntf_webhook_delivery e where e.tenant_id = d.tenant_id"
                    + "   and e.webhook_id = d.webhook_id and e.status = 'PENDING'"
                    + "   and (e.occurred_at, e.order_id, e.event_seq) < (d.occurred_at, d.order_id, d.event_seq))"
                    + " order by d.occurred_at, d.order_id, d.event_seq limit ?3 for update of d skip locked")
            .setParameter(1, tenant.value())
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, max)
            .getResultList();
    return ids.stream().map(id -> em.find(WebhookDelivery.class, NativeRows.uuid(id))).toList();
  }

  void flush() {
    em.flush();
  }
}
