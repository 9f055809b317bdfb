package com.fulfil.stock;

import java.util.Collection;
import java.util.Map;

/**
 * Units of the bound shop's SKUs announced on open inbound shipments and not yet received: the
 * "inbound" of the stock view. The inbound context provides it; stock only reads it.
 */
public interface InboundExpectations {
  Map<String, Integer> expected(Collection<String> skus);
}
