package com.fulfil.packing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Packing's door for handover: finds a packed parcel by the number on its barcode (across shops),
 * and locks parcels of the bound shop for the manifest to take them.
 */
@ApplicationScoped
public class Parcels {

  @Inject PackingRepository packing;

  /** The parcel with this number and its shop; empty when no parcel has it. */
  public Optional<PackingRepository.Ref> byNumberAcrossTenants(String number) {
    return packing.byNumberAcrossTenants(number);
  }

  /** The bound shop's parcel, locked for this transaction. */
  public Optional<Parcel> lock(UUID id) {
    return packing.lock(id);
  }

  /** The bound shop's parcels packed onto the manifest with this code and not yet handed over, locked. */
  public List<Parcel> lockPackedOn(String manifest) {
    return packing.lockPackedOn(manifest);
  }

  public void flush() {
    packing.flush();
  }
}
