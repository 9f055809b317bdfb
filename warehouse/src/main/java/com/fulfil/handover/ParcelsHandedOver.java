package com.fulfil.handover;

import com.fulfil.tenancy.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * A shop's parcels on a closed manifest were handed to the carrier. Fired synchronously in that
 * shop's handover transaction; the api's fulfilment wiring moves each order PACKED →
 * HANDED_TO_CARRIER in it.
 */
public record ParcelsHandedOver(TenantId tenant, List<UUID> orderIds, String manifestCode, String carrier) {}
