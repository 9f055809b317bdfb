package com.fulfil.callcentre;

import static com.fulfil.testing.SkuBuilder.aSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.testing.Api;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import com.fulfil.testing.Json;
import com.fulfil.testing.Keycloak;
import com.fulfil.testing.SkuBuilder;
import com.fulfil.testing.TestTenants;
import com.fulfil.tenancy.TenantId;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the shop is told when its buyer cannot be reached. The test drives the real
 * API over HTTP (real tokens) and watches the CDI event {@link BuyerUnreachable} with a test
 * observer, as the notifications context will.
 */
@ExtendWith(ArquillianExtension.class)
class CallEventsIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(CallEventsIT.class, EventWitness.class, CallDesk.class, Deployments.class)
        .addClasses(Api.class, Api.Reply.class, Keycloak.class, Json.class, TestTenants.class, Database.class, SkuBuilder.class);
  }

  @ArquillianResource URL url;
  @Inject EventWitness witness;

  @Test
  void theLastUnansweredConfirmationCallHoldsTheOrderAndFiresBuyerUnreachableOnce() throws Exception {
    Class.forName("org.postgresql.Driver"); // the test's direct SQL uses the WAR's driver
    Api api = Api.at(url);
    TestTenants.ensure(api);
    Api shop = api.asUser("alfa-manager");
    Api operator = api.asUser("operator16");
    CallDesk.lapseClaimsOf("operator16");
    SkuBuilder sku = aSku();
    assertEquals(201, shop.post("/api/v1/catalogue/skus", sku.json()).status());
    JsonObject order = CallDesk.order(shop, sku.code(), CallDesk.zoneAtLocalHour(13), "POST", null, null, null);
    UUID orderId = UUID.fromString(order.getString("id"));

    for (int i = 1; i <= 5; i++) {
      CallDesk.putInFront(orderId);
      JsonObject call = operator.post("/api/v1/ops/calls/next", null).json();
      assertEquals(order.getString("id"), call.getJsonObject("order").getString("id"));
      Api.Reply r = operator.post("/api/v1/ops/calls/" + call.getString("taskId") + "/outcome", Json.object("outcome", "UNREACHABLE"));
      assertEquals(200, r.status(), r.toString());
      List<BuyerUnreachable> fired = witness.unreachable().stream().filter(e -> e.orderId().equals(orderId)).toList();
      assertEquals(i < 5 ? 0 : 1, fired.size(), "after unanswered call " + i);
    }
    BuyerUnreachable e = witness.unreachable().stream().filter(x -> x.orderId().equals(orderId)).findFirst().orElseThrow();
    assertEquals(new TenantId("alfa"), e.tenant());
    assertEquals(CallKind.CONFIRMATION, e.kind());
    assertEquals(5, e.unansweredCalls());
    assertEquals(order.getString("externalNumber"), e.externalNumber());
    assertEquals("UNREACHABLE_HOLD", shop.get("/api/v1/orders/" + orderId).json().getString("status"));
  }
}
