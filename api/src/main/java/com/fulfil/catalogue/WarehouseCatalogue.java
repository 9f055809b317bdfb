package com.fulfil.catalogue;

import com.fulfil.stock.SkuCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue as the warehouse module reads it, for the shop bound to the current transaction
 * (a shop's own call, or staff acting through PlatformScope.runAs). Reads only; joins the caller's
 * transaction, so the tenant binding applies.
 */
@ApplicationScoped
public class WarehouseCatalogue implements SkuCatalogue {

  @Inject SkuRepository skus;

  @Override
  public Map<String, Item> byCodes(Collection<String> codes) {
    Map<String, Item> items = new HashMap<>();
    skus.findBySkuCodes(codes).forEach((code, sku) -> items.put(code, item(sku)));
    return items;
  }

  @Override
  public Optional<Item> byBarcode(String barcode) {
    if (barcode == null || barcode.isBlank()) {
      return Optional.empty();
    }
    String owner = skus.barcodeOwners(List.of(barcode.trim())).get(barcode.trim());
    return owner == null ? Optional.empty() : Optional.ofNullable(byCodes(List.of(owner)).get(owner));
  }

  @Override
  public List<Item> page(String q, String afterSku, int max) {
    return skus.list(q, afterSku, max).stream().map(WarehouseCatalogue::item).toList();
  }

  private static Item item(Sku s) {
    return new Item(s.sku(), s.name(), s.barcodes(), s.expiryTracked());
  }
}
