package com.fulfil.handover;

import com.fulfil.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closing a manifest, in the two steps a multi-shop act needs (a transaction holds one shop): the
 * manifest closes in one transaction, then each shop's parcels on it are handed over in a transaction
 * of that shop. A shop whose step fails keeps its parcels PACKED on the CLOSED manifest (the view
 * counts them as {@code pending}); closing again hands over just those. Not transactional itself.
 */
@ApplicationScoped
public class ManifestClosing {

  private static final Logger LOG = Logger.getLogger(ManifestClosing.class.getName());

  @Inject HandoverService handover;

  public ManifestView close(String manifestId) {
    HandoverService.Closed closed = handover.closeManifest(manifestId);
    for (TenantId shop : closed.pendingShops()) {
      try {
        handover.handOver(closed.manifestId(), shop);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "handover of " + shop.value() + "'s parcels on manifest " + closed.manifestId()
            + " failed; they stay pending until the manifest is closed again", e);
      }
    }
    return handover.get(closed.manifestId().toString());
  }
}
