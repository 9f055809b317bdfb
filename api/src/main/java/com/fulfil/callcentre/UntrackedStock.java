package com.fulfil.callcentre;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The stock answer while the platform keeps no stock: unknown, said plainly. Replaced by the stock
 * context's implementation (an {@code @Alternative @Priority} bean) once the warehouse records stock;
 * it never invents a figure, so an operator never promises goods on a made-up number.
 */
@ApplicationScoped
public class UntrackedStock implements StockAvailability {

  static final String NOT_TRACKED = "stock is not tracked by the platform yet";

  @Override
  public StockView stock(String sku) {
    return new StockView(false, null, NOT_TRACKED);
  }

  @Override
  public List<SubstituteView> substitutes(String sku, int qty) {
    return null;
  }
}
