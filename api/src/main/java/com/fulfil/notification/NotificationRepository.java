package com.fulfil.notification;

import static com.fulfil.sql.NativeRows.uuid;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Settings, templates and the message outbox of the tenant bound to the transaction. */
@ApplicationScoped
public class NotificationRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<NotificationSettings> settings() {
    return em.createQuery("select s from NotificationSettings s", NotificationSettings.class)
        .getResultStream()
        .findFirst();
  }

  void add(NotificationSettings settings) {
    em.persist(settings);
  }

  List<NotificationTemplate> templates() {
    return em.createQuery("select t from NotificationTemplate t", NotificationTemplate.class).getResultList();
  }

  Optional<NotificationTemplate> template(Moment moment, Language language) {
    return em.createQuery(
            "select t from NotificationTemplate t where t.moment = :moment and t.language = :language",
            NotificationTemplate.class)
        .setParameter("moment", moment.key())
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }

  void add(NotificationTemplate template) {
    em.persist(template);
  }

  void remove(NotificationTemplate template) {
    em.remove(template);
  }

  void add(OutboundMessage message) {
    em.persist(message);
  }

  Optional<OutboundMessage> message(UUID id) {
    return Optional.ofNullable(em.find(OutboundMessage.class, id));
  }

  /**
   * Takes up to {@code max} due messages of the given channels for this transaction (rows another
   * worker holds are skipped, not waited for). RLS limits the rows to the bound tenant; the tenant
   * is also named, so the query states what it means.
   */
  List<OutboundMessage> lockDue(TenantId tenant, Collection<OutboundMessage.Channel> channels, Instant now, int max) {
    if (channels.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", channels.stream().map(c -> "'" + c.name() + "'").toList());
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from ntf_message where tenant_id = ?1 and status = 'PENDING' and next_attempt_at <= ?2"
                    + " and (lease_until is null or lease_until <= ?2) and channel in (" + in + ")"
                    + " order by next_attempt_at limit ?3 for update skip locked")
            .setParameter(1, tenant.value())
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, max)
            .getResultList();
    return ids.stream().map(id -> em.find(OutboundMessage.class, uuid(id))).toList();
  }

  void flush() {
    em.flush();
  }
}
