package com.fulfil.count;

import com.fulfil.tenancy.TenantService;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The calling shop's counts of its stock, with figures and adjustments' causes; another shop's are 404. */
@TenantService
public class CountReports {

  @Inject CountRepository counts;
  @Inject CountService service;

  public CountReportView get(UUID id) {
    StockCount count = counts.find(id).orElseThrow(() -> ProblemException.notFound("Count " + id));
    return service.report(count, List.of());
  }

  /** Newest first, cursor-paged. */
  public Page<CountReportView> list(PageRequest page) {
    Instant beforeAt = null;
    UUID beforeId = null;
    if (page.after() != null) {
      String[] key = page.after().split("\\|", 2);
      try {
        beforeAt = Instant.parse(key[0]);
        beforeId = UUID.fromString(key[1]);
      } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
      }
    }
    return page.page(
        counts.list(beforeAt, beforeId, page.fetchSize()),
        c -> c.createdAt() + "|" + c.id(),
        c -> service.report(c, List.of()));
  }
}
