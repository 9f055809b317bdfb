package com.fulfil.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantRequestTest {

  @Test
  void aCompleteShopIsValid() {
    var r = new TenantRequest("alfa", "Альфа", "ООО Альфа", null, null, "RUB", "Europe/Moscow", "09:00", "21:00");
    assertEquals(List.of(), r.violations(true));
  }

  @Test
  void namesEveryBadField() {
    var r = new TenantRequest("A B", "", null, null, null, "rub", "Moscow", "25:00", "21:00");
    var fields = r.violations(true).stream().map(v -> v.field()).toList();
    assertEquals(List.of("id", "name", "legalName", "currency", "timeZone", "callWindowStart"), fields);
    var late = new TenantRequest("alfa", "A", "A", null, null, "RUB", "Europe/Moscow", "21:00", "09:00");
    assertEquals(List.of("callWindowEnd"), late.violations(true).stream().map(v -> v.field()).toList());
    assertEquals(List.of(), new TenantRequest(null, "A", "A", null, null, "RUB", "UTC", "09:00", "21:00").violations(false));
  }
}
