package com.fulfil.fulfilment;

import com.fulfil.callcentre.StockAvailability;
import com.fulfil.catalogue.CatalogueService;
import com.fulfil.catalogue.SkuView;
import com.fulfil.stock.StockService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The call-centre's view of the warehouse: a line's SKU's units available to promise (on hand −
 * reserved − blocked − awaiting putaway, {@link com.fulfil.stock.StockView#available()}), and, for a short line, the
 * shop's substitutes for that SKU (catalogue, preferred first) that can cover the line's quantity.
 * Runs inside the call's transaction with the order's shop bound.
 */
@ApplicationScoped
public class WarehouseStock implements StockAvailability {

  static final String SOURCE = "warehouse stock: on hand − reserved − blocked − awaiting putaway";
  static final String NOT_IN_CATALOGUE = "the SKU is not in the shop's catalogue";

  @Inject StockService stock;
  @Inject CatalogueService catalogue;

  /** Two queries whatever the number of SKUs: which are in the catalogue, and their balances. */
  @Override
  public Map<String, StockView> stock(Collection<String> skus) {
    Set<String> known = catalogue.existing(skus);
    Map<String, Integer> available = stock.available(known);
    Map<String, StockView> views = new HashMap<>();
    for (String sku : skus) {
      views.put(sku, known.contains(sku)
          ? new StockView(true, (long) available.get(sku), SOURCE)
          : new StockView(false, null, NOT_IN_CATALOGUE));
    }
    return views;
  }

  @Override
  public List<SubstituteView> substitutes(String sku, int qty) {
    SkuView item = catalogue.findByCodes(List.of(sku)).get(sku);
    if (item == null) {
      return null;
    }
    Map<String, SkuView> analogues = catalogue.findByCodes(item.substitutes());
    Map<String, Integer> available = stock.available(analogues.keySet());
    List<SubstituteView> offers = new ArrayList<>();
    for (String code : item.substitutes()) {
      SkuView analogue = analogues.get(code);
      if (analogue != null && available.get(code) >= qty) {
        offers.add(new SubstituteView(code, analogue.name(), available.get(code), analogue.price().amountMinor()));
      }
    }
    return offers;
  }
}
