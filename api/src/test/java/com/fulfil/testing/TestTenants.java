package com.fulfil.testing;

/**
 * The two demo shops of the realm (users alfa-*, bravo-*), onboarded through the API by the
 * platform administrator if this database does not have them yet. Safe to call from every test.
 */
public final class TestTenants {
  public static final String ALFA = "alfa";
  public static final String BRAVO = "bravo";

  private TestTenants() {}

  public static void ensure(Api api) {
    onboard(api, ALFA, "Альфа-Маркет", "ООО «Альфа-Маркет»", "RUB", "Europe/Moscow");
    onboard(api, BRAVO, "Bravo Sklep", "Bravo Sklep sp. z o.o.", "PLN", "Europe/Warsaw");
  }

  private static void onboard(Api api, String id, String name, String legal, String currency, String zone) {
    Api.Reply r =
        api.asUser("platform-admin")
            .post(
                "/api/v1/ops/tenants",
                Json.object(
                    "id", id, "name", name, "legalName", legal, "currency", currency, "timeZone", zone,
                    "callWindowStart", "09:00", "callWindowEnd", "21:00"));
    if (r.status() != 201 && r.status() != 409) {
      throw new IllegalStateException("could not onboard " + id + ": " + r);
    }
  }
}
