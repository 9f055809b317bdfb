package com.fulfil.catalogue;

import com.fulfil.audit.AuditTrail;
import com.fulfil.tenancy.TenantService;
import com.fulfil.tenant.TenantSettings;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import com.fulfil.web.Violation;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The calling shop's catalogue. Every method is one transaction bound to the caller's tenant. */
@TenantService
public class CatalogueService {

  public record ImportResult(int imported, int created, int updated) {}

  @Inject SkuRepository skus;
  @Inject TenantSettings tenant;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public SkuView create(SkuRequest request) {
    reject(request.violations());
    if (!skus.findBySkuCodes(List.of(request.sku().trim())).isEmpty()) {
      throw ProblemException.conflict("sku", "a SKU with this code already exists");
    }
    rejectTakenBarcodes(request, null);
    rejectUnknownSubstitutes(request);
    Sku sku = Sku.create(request, tenant.currency(), clock.instant());
    skus.add(sku);
    skus.flush();
    SkuView view = SkuView.of(sku);
    audit.record("catalogue.sku.created", "sku", view.id().toString(), null, view);
    return view;
  }

  public SkuView update(UUID id, SkuRequest request) {
    Sku sku = load(id);
    reject(request.violations());
    if (request.version() != null && request.version() != sku.version()) {
      throw ProblemException.conflict("version", "the SKU was changed by someone else; reload it");
    }
    Sku sameCode = skus.findBySkuCodes(List.of(request.sku().trim())).get(request.sku().trim());
    if (sameCode != null && !sameCode.id().equals(id)) {
      throw ProblemException.conflict("sku", "a SKU with this code already exists");
    }
    rejectTakenBarcodes(request, sku.sku());
    rejectUnknownSubstitutes(request);
    SkuView before = SkuView.of(sku);
    sku.revise(request, tenant.currency(), clock.instant());
    skus.flush();
    SkuView after = SkuView.of(sku);
    audit.record("catalogue.sku.updated", "sku", id.toString(), before, after);
    return after;
  }

  public SkuView get(UUID id) {
    return SkuView.of(load(id));
  }

  public void delete(UUID id) {
    Sku sku = load(id);
    SkuView before = SkuView.of(sku);
    skus.remove(sku);
    skus.flush();
    audit.record("catalogue.sku.deleted", "sku", id.toString(), before, null);
  }

  /** The shop's SKUs with these codes (codes not in the catalogue are simply absent). */
  public Map<String, SkuView> findByCodes(java.util.Collection<String> codes) {
    Map<String, SkuView> views = new HashMap<>();
    skus.findBySkuCodes(codes).forEach((code, sku) -> views.put(code, SkuView.of(sku)));
    return views;
  }

  /** Which of these codes are SKUs of the shop (one query; nothing else of the SKU is read). */
  public Set<String> existing(Collection<String> codes) {
    return skus.existingCodes(codes);
  }

  public Page<SkuView> list(String q, PageRequest page) {
    String query = q == null || q.isBlank() ? null : q.trim();
    return page.page(skus.list(query, page.after(), page.fetchSize()), Sku::sku, SkuView::of);
  }

  /**
   * Creates or updates (by SKU code) every SKU of the file, or none: any error in any line refuses
   * the whole file with every error listed by line and column.
   */
  public ImportResult importCsv(String csv) {
    String currency = tenant.currency();
    SkuCsv.Result parsed = SkuCsv.parse(csv, currency);
    List<Violation> errors = new ArrayList<>(parsed.errors());
    Map<String, Integer> lineOfSku = new HashMap<>();
    Map<String, Integer> lineOfBarcode = new HashMap<>();
    for (SkuCsv.Row row : parsed.rows()) {
      Integer first = lineOfSku.putIfAbsent(row.request().sku().trim(), row.line());
      if (first != null) {
        errors.add(Violation.line(row.line(), "sku", "repeats the SKU of line " + first));
      }
      for (String code : row.request().barcodeList()) {
        Integer other = lineOfBarcode.putIfAbsent(code, row.line());
        if (other != null && other != row.line()) {
          errors.add(Violation.line(row.line(), "barcodes", code + " is also on line " + other));
        }
      }
    }
    Set<String> named = new HashSet<>();
    parsed.rows().forEach(row -> named.addAll(row.request().substituteList()));
    named.removeAll(lineOfSku.keySet());
    Set<String> inCatalogue = skus.findBySkuCodes(named).keySet();
    for (SkuCsv.Row row : parsed.rows()) {
      for (String code : row.request().substituteList()) {
        if (!lineOfSku.containsKey(code) && !inCatalogue.contains(code)) {
          errors.add(Violation.line(row.line(), "substitutes", code + " is neither in the catalogue nor in the file"));
        }
      }
    }
    Map<String, String> owners = skus.barcodeOwners(lineOfBarcode.keySet());
    for (SkuCsv.Row row : parsed.rows()) {
      for (String code : row.request().barcodeList()) {
        String owner = owners.get(code);
        if (owner != null && !owner.equals(row.request().sku().trim())) {
          errors.add(Violation.line(row.line(), "barcodes", code + " already belongs to SKU " + owner));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(
          errors.size() + " error(s) in the file; nothing was imported.", errors);
    }
    Instant now = clock.instant();
    Map<String, Sku> existing = skus.findBySkuCodes(lineOfSku.keySet());
    int created = 0;
    for (SkuCsv.Row row : parsed.rows()) {
      Sku sku = existing.get(row.request().sku().trim());
      if (sku == null) {
        skus.add(Sku.create(row.request(), currency, now));
        created++;
      } else {
        sku.revise(row.request(), currency, now);
      }
    }
    skus.flush();
    int total = parsed.rows().size();
    ImportResult result = new ImportResult(total, created, total - created);
    audit.record("catalogue.csv.imported", "catalogue", "csv", null, result);
    return result;
  }

  private Sku load(UUID id) {
    return skus.find(id).orElseThrow(() -> ProblemException.notFound("SKU " + id));
  }

  /** 422 naming {@code substitutes[i]} for a code that is not one of the shop's SKUs. */
  private void rejectUnknownSubstitutes(SkuRequest request) {
    List<String> codes = request.substituteList();
    Map<String, Sku> known = skus.findBySkuCodes(codes);
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      if (!known.containsKey(codes.get(i))) {
        unknown.add(Violation.field("substitutes[" + i + "]", codes.get(i) + " is not a SKU of the shop"));
      }
    }
    if (!unknown.isEmpty()) {
      throw ProblemException.unprocessable("substitutes must be SKUs of the shop", unknown);
    }
  }

  private void rejectTakenBarcodes(SkuRequest request, String ownSku) {
    Map<String, String> owners = skus.barcodeOwners(request.barcodeList());
    List<Violation> taken = new ArrayList<>();
    List<String> codes = request.barcodeList();
    for (int i = 0; i < codes.size(); i++) {
      String owner = owners.get(codes.get(i));
      if (owner != null && !owner.equals(ownSku)) {
        taken.add(Violation.field("barcodes[" + i + "]", "already belongs to SKU " + owner));
      }
    }
    if (!taken.isEmpty()) {
      throw new ProblemException(409, "conflict", "Barcode already in use", taken.get(0).message(), taken);
    }
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
  }
}
