package com.fulfil.packing;

import com.fulfil.tenancy.TenantId;
import java.util.UUID;

/**
 * The order's parcel closed at the packing station: every picked unit is in it, nothing else. Fired
 * synchronously in the closing transaction; the api's fulfilment wiring moves the order PICKING →
 * PACKED in it, so both commit or roll back together.
 */
public record ParcelPacked(TenantId tenant, UUID orderId, String parcelNumber) {}
