package com.fulfil.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.order.OrderView;
import org.junit.jupiter.api.Test;

class ParcelShippingTest {

  @Test
  void theLabelsAddressIsOneLineWithoutTheBlanks() {
    assertEquals("101000, ул. Ленина, 1, Москва, Москва, RU",
        ParcelShipping.addressLine(new OrderView.AddressView("RU", "Москва", "Москва", "ул. Ленина, 1", "101000")));
    assertEquals("Marszałkowska 1, Warszawa, PL",
        ParcelShipping.addressLine(new OrderView.AddressView("PL", " ", "Warszawa", "Marszałkowska 1", null)));
  }
}
