package com.fulfil.stock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of the shop bound to the current transaction, as the warehouse needs it. The
 * catalogue context (api module) implements it; the warehouse module cannot depend on that module.
 */
public interface SkuCatalogue {

  /** A SKU as the warehouse sees it: its code, name, barcodes and whether it tracks lots/expiry. */
  record Item(String sku, String name, List<String> barcodes, boolean expiryTracked) {}

  /** The shop's SKUs with these codes; codes that are not in the catalogue are absent. */
  Map<String, Item> byCodes(Collection<String> codes);

  /** The shop's SKU that carries this barcode, if any. */
  Optional<Item> byBarcode(String barcode);

  /**
   * A page of the shop's SKUs ordered by code, after {@code afterSku} (null: from the start);
   * {@code q} (null: all) matches the code or name by substring, or a barcode exactly.
   */
  List<Item> page(String q, String afterSku, int max);
}
