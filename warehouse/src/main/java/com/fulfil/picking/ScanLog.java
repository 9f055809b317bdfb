package com.fulfil.picking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes a refused scan to the scan log in a transaction of its own: the refusal rolls the scan's
 * transaction back (nothing moves), yet the wrong scan must count for the picker's accuracy.
 */
@ApplicationScoped
public class ScanLog {

  @Inject PickingRepository picking;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(PickingRepository.Scan scan) {
    picking.addScan(scan);
  }
}
