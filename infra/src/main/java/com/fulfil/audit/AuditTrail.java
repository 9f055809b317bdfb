package com.fulfil.audit;

import com.fulfil.security.Caller;
import com.fulfil.tenancy.TenantSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;

/** Records audited acts for the tenant bound to the current transaction. */
@ApplicationScoped
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuditRepository repository;
  @Inject TenantSession session;
  @Inject Caller caller;
  @Inject Clock clock;

  /**
   * @param action what was done, as a dotted verb ("catalogue.sku.updated")
   * @param before the state before, or null for a creation; serialised as JSON
   * @param after the state after, or null for a deletion
   */
  public void record(String action, String subjectType, String subjectId, Object before, Object after) {
    repository.insert(
        session.require().value(),
        clock.instant(),
        caller.name(),
        action,
        subjectType,
        subjectId,
        before == null ? null : JSON.toJson(before),
        after == null ? null : JSON.toJson(after));
  }
}
