package com.fulfil.callcentre;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the operator is shown about stock while on the call: units available of each line's SKU and,
 * for a line the stock cannot cover, substitutes (analogues) to offer the buyer. The plug point
 * between the call-centre and the warehouse's stock context (DESIGN §4), answered by {@code
 * com.fulfil.fulfilment.WarehouseStock}; "unknown" is an answer too, and the console shows it
 * instead of a number. Called inside the call's transaction with the order's shop bound.
 */
public interface StockAvailability {

  /**
   * The stock of each of these SKUs of the bound shop, every one of them a key of the answer (a
   * call card asks once for all its lines).
   */
  Map<String, StockView> stock(Collection<String> skus);

  /**
   * Substitutes for {@code sku} when {@code qty} units cannot be served; null when the platform
   * cannot tell (no stock data), an empty list when it knows there are none.
   */
  List<SubstituteView> substitutes(String sku, int qty);

  /**
   * {@code known}: whether the warehouse could tell; {@code availableQty}: units available to promise
   * (on hand − reserved − blocked), null when not known; {@code source}: where the figure comes from
   * or why there is none (e.g. "stock is not tracked by the platform yet").
   */
  @JsonbNillable
  record StockView(boolean known, Long availableQty, String source) {}

  /** An analogue the operator may offer: SKU code, name, units available, unit price in minor units. */
  @JsonbNillable
  record SubstituteView(String sku, String name, long availableQty, long unitPriceMinor) {}
}
