package com.fulfil.fulfilment;

import com.fulfil.handover.ParcelsHandedOver;
import com.fulfil.order.OrderService;
import com.fulfil.order.OrderView;
import com.fulfil.packing.ParcelOrders;
import com.fulfil.packing.ParcelPacked;
import com.fulfil.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Wires packing and handover to the orders: tells packing where an order goes and what cash its
 * label shows, moves the order PICKING → PACKED when its parcel closes and PACKED →
 * HANDED_TO_CARRIER when its manifest closes, each inside the warehouse's transaction (both commit
 * or neither). The order's event names the packer or dispatcher and the parcel or manifest.
 */
@ApplicationScoped
public class ParcelShipping implements ParcelOrders {

  @Inject OrderService orders;
  @Inject TenantSettings shop;

  @Override
  public Optional<Shipment> shipment(UUID orderId) {
    Optional<OrderView> found = orders.find(orderId);
    return found.map(o -> new Shipment(
        shop.own().name(), o.externalNumber(), o.status().name(), o.deliveryMethod().name(), o.deliveryDate(),
        o.buyer().name(), o.buyer().phone(), addressLine(o.buyer().address()),
        o.paymentForm().collectsOnDelivery() ? o.totals().codAmountMinor() : null, o.totals().currency()));
  }

  void onParcelPacked(@Observes ParcelPacked packed) {
    orders.markPacked(packed.orderId(), "packed in parcel " + packed.parcelNumber());
  }

  void onParcelsHandedOver(@Observes ParcelsHandedOver handed) {
    for (UUID order : handed.orderIds()) {
      orders.markHandedToCarrier(order, "handed to " + handed.carrier() + " on manifest " + handed.manifestCode());
    }
  }

  /** Postal code, city, street, region, country: as a label writes it on one line. */
  static String addressLine(OrderView.AddressView a) {
    StringJoiner line = new StringJoiner(", ");
    for (String part : new String[] {a.postalCode(), a.street(), a.city(), a.region(), a.country()}) {
      if (part != null && !part.isBlank()) {
        line.add(part.trim());
      }
    }
    return line.toString();
  }
}
