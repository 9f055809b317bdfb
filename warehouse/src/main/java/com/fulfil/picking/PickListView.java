package com.fulfil.picking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A picker's list: the tote to pick into, the current pick (null once all are done) with the step
 * it waits for, and every pick in walking order.
 */
public record PickListView(
    UUID id,
    String tenant,
    UUID orderId,
    String orderNumber,
    String tote,
    PickListStatus status,
    Instant pickedAt,
    int picksDone,
    int picksTotal,
    PickView current,
    List<PickView> picks) {

  /**
   * One pick: {@code step} is what the scanner expects next (BIN, ITEM, QTY) or DONE.
   */
  public record PickView(
      UUID id, int seq, String bin, String binAddress, String sku, String name, List<String> barcodes, String lot, int qty,
      Integer pickedQty, PickStatus status, String step) {}
}
