package com.fulfil.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TenantRepository {

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<Tenant> find(String id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  void add(Tenant tenant) {
    em.persist(tenant);
    em.flush();
  }

  /** Platform-wide list for the administrator, keyset-paged by id. */
  List<Tenant> listAcrossTenants(String afterId, int max) {
    var query =
        afterId == null
            ? em.createQuery("select t from Tenant t order by t.id", Tenant.class)
            : em.createQuery("select t from Tenant t where t.id > :after order by t.id", Tenant.class)
                .setParameter("after", afterId);
    return query.setMaxResults(max).getResultList();
  }
}
