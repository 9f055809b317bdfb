package com.fulfil.order;

import java.util.List;
import java.util.Objects;

/**
 * An order as a shop sends it. Amounts are minor units of the shop's currency; {@code currency},
 * if given, must be the shop's. {@code codAmountMinor}, if given, is checked against what the
 * platform computes (goods + delivery fee for cash/card on delivery, 0 when prepaid) so that a shop
 * system that disagrees about the money finds out at once. Enumerations, dates (ISO {@code
 * 2025-03-01}) and times ({@code 10:00}) are strings so that a bad value is refused naming its field.
 */
public record OrderRequest(
    String externalNumber,
    BuyerRequest buyer,
    List<OrderLineRequest> lines,
    String currency,
    Long deliveryFeeMinor,
    Long codAmountMinor,
    String paymentForm,
    String deliveryMethod,
    String deliveryDate,
    String slotFrom,
    String slotTo,
    String notes) {

  /** The SKU codes of the lines, trimmed, for the catalogue lookup. */
  List<String> skuCodes() {
    return codes(lines);
  }

  static List<String> codes(List<OrderLineRequest> lines) {
    return lines == null
        ? List.of()
        : lines.stream()
            .filter(Objects::nonNull)
            .map(OrderLineRequest::sku)
            .filter(s -> s != null && !s.isBlank())
            .map(String::trim)
            .distinct()
            .toList();
  }
}
