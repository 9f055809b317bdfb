package com.fulfil.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** SKUs of the tenant bound to the transaction (EclipseLink adds the tenant to every query). */
@ApplicationScoped
public class SkuRepository {

  /** PostgreSQL takes at most 32,767 bind parameters; stay far below. */
  private static final int IN_CHUNK = 1_000;

  @PersistenceContext(unitName = "fulfil")
  EntityManager em;

  Optional<Sku> find(UUID id) {
    return Optional.ofNullable(em.find(Sku.class, id));
  }

  Map<String, Sku> findBySkuCodes(Collection<String> codes) {
    Map<String, Sku> found = new HashMap<>();
    for (List<String> chunk : chunks(codes)) {
      em.createQuery("select s from Sku s where s.sku in :codes", Sku.class)
          .setParameter("codes", chunk)
          .getResultList()
          .forEach(s -> found.put(s.sku(), s));
    }
    return found;
  }

  /** Those of {@code codes} that are SKU codes of the shop. */
  Set<String> existingCodes(Collection<String> codes) {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(codes)) {
      found.addAll(em.createQuery("select s.sku from Sku s where s.sku in :codes", String.class)
          .setParameter("codes", chunk)
          .getResultList());
    }
    return found;
  }

  /** barcode → SKU code, for those of {@code barcodes} that some SKU of the shop already has. */
  Map<String, String> barcodeOwners(Collection<String> barcodes) {
    Map<String, String> owners = new HashMap<>();
    for (List<String> chunk : chunks(barcodes)) {
      em.createQuery("select b, s.sku from Sku s join s.barcodes b where b in :codes", Object[].class)
          .setParameter("codes", chunk)
          .getResultList()
          .forEach(row -> owners.put((String) row[0], (String) row[1]));
    }
    return owners;
  }

  /** Keyset page ordered by SKU code; {@code q} matches name or code by substring, or a barcode exactly. */
  List<Sku> list(String q, String afterSku, int max) {
    StringBuilder jpql = new StringBuilder("select s from Sku s where 1 = 1");
    if (q != null) {
      jpql.append(
          " and (lower(s.name) like :pattern escape '\\' or lower(s.sku) like :pattern escape '\\'"
              + " or s.id in (select b.id from Sku b join b.barcodes code where code = :q))");
    }
    if (afterSku != null) {
      jpql.append(" and s.sku > :after");
    }
    jpql.append(" order by s.sku");
    TypedQuery<Sku> query = em.createQuery(jpql.toString(), Sku.class);
    if (q != null) {
      String escaped = q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      query.setParameter("pattern", "%" + escaped + "%").setParameter("q", q);
    }
    if (afterSku != null) {
      query.setParameter("after", afterSku);
    }
    return query.setMaxResults(max).getResultList();
  }

  void add(Sku sku) {
    em.persist(sku);
  }

  void remove(Sku sku) {
    em.remove(sku);
  }

  /** Writes now, so that constraint violations surface inside the use case, not at commit. */
  void flush() {
    em.flush();
  }

  private static List<List<String>> chunks(Collection<String> all) {
    List<String> list = new ArrayList<>(all);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < list.size(); i += IN_CHUNK) {
      chunks.add(list.subList(i, Math.min(list.size(), i + IN_CHUNK)));
    }
    return chunks;
  }
}
