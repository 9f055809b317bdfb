package com.fulfil.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.order.DeliveryMethod;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A manifest's carriers are the orders' delivery methods: a new method must get its manifests too. */
class CarriersTest {

  @Test
  void everyDeliveryMethodIsACarrierAndNothingElse() {
    Set<String> methods = new TreeSet<>();
    Arrays.stream(DeliveryMethod.values()).forEach(m -> methods.add(m.name()));
    assertEquals(methods, new TreeSet<>(Manifest.CARRIERS));
  }
}
