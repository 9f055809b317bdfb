package com.fulfil.fulfilment;

import com.fulfil.callcentre.StockAvailability;
import com.fulfil.catalogue.CatalogueService;
import com.fulfil.catalogue.SkuView;
import com.fulfil.stock.StockService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  @Override
  public StockView stock(String sku) {
    com.fulfil.stock.StockView s = stockOf(sku);
    if (s == null) {
      return new StockView(false, null, NOT_IN_CATALOGUE);
    }
    return new StockView(true, (long) s.available(), SOURCE);
  }

  @Override
  public List<SubstituteView> substitutes(String sku, int qty) {
    SkuView item = catalogue.findByCodes(List.of(sku)).get(sku);
    if (item == null) {
      return null;
    }
    Map<String, SkuView> analogues = catalogue.findByCodes(item.substitutes());
    List<SubstituteView> offers = new ArrayList<>();
    for (String code : item.substitutes()) {
      SkuView analogue = analogues.get(code);
      com.fulfil.stock.StockView s = analogue == null ? null : stockOf(code);
      if (s != null && s.available() >= qty) {
        offers.add(new SubstituteView(code, analogue.name(), s.available(), analogue.price().amountMinor()));
      }
    }
    return offers;
  }

  /** The warehouse's figures (its StockView; this class's StockView is the call-centre's answer). */
  private com.fulfil.stock.StockView stockOf(String sku) {
    return stock.find(sku).orElse(null);
  }
}
