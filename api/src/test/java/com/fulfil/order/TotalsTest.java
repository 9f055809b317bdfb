package com.fulfil.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsTest {

  private static final List<OrderLine> LINES =
      List.of(new OrderLine("TEA-1", "Чай", 2, 129_900), new OrderLine("SUGAR", "Сахар", 3, 8_950));

  @Test
  void cashOrCardOnDeliveryCollectsGoodsAndDelivery() {
    assertEquals(new Totals(286_650, 30_000, 316_650), Totals.of(LINES, 30_000, PaymentForm.COD_CASH));
    assertEquals(new Totals(286_650, 30_000, 316_650), Totals.of(LINES, 30_000, PaymentForm.COD_CARD));
    assertEquals(new Totals(286_650, 0, 286_650), Totals.of(LINES, 0, PaymentForm.COD_CASH));
  }

  @Test
  void aPrepaidOrderCollectsNothing() {
    assertEquals(new Totals(286_650, 30_000, 0), Totals.of(LINES, 30_000, PaymentForm.PREPAID));
  }

  @Test
  void freeLinesCountAndOverflowIsAnErrorNotAWrapAround() {
    assertEquals(0, Totals.of(List.of(new OrderLine("GIFT", "Подарок", 5, 0)), 0, PaymentForm.COD_CASH).codAmountMinor());
    List<OrderLine> huge = List.of(new OrderLine("X", "X", 10, Long.MAX_VALUE / 5));
    assertThrows(ArithmeticException.class, () -> Totals.of(huge, 0, PaymentForm.PREPAID));
    List<OrderLine> twoBig = List.of(new OrderLine("X", "X", 1, Long.MAX_VALUE - 1), new OrderLine("Y", "Y", 1, 2));
    assertThrows(ArithmeticException.class, () -> Totals.of(twoBig, 0, PaymentForm.PREPAID));
    assertThrows(ArithmeticException.class, () -> Totals.of(List.of(new OrderLine("X", "X", 1, Long.MAX_VALUE)), 1, PaymentForm.COD_CASH));
  }

  @Test
  void aLineNeedsAPositiveQuantityAndAPriceNotBelowZero() {
    assertThrows(IllegalArgumentException.class, () -> new OrderLine("X", "X", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new OrderLine("X", "X", 1, -1));
  }
}
