package com.fulfil.picking;

import java.util.Collection;
import java.util.List;

/**
 * The ALLOCATED orders of the shop bound to the transaction, as a wave needs them. The order
 * context (api module) implements it; the warehouse module cannot depend on that module.
 */
public interface AllocatedOrders {

  /**
   * ALLOCATED orders of the bound shop, among {@code ids} (null: any), oldest first, at most {@code max}.
   */
  List<WavePlanner.Candidate> allocated(Collection<java.util.UUID> ids, int max);
}
