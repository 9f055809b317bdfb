package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.catalogue.CatalogueService;
import com.fulfil.catalogue.SkuRequest;
import com.fulfil.order.AddressRequest;
import com.fulfil.order.BuyerRequest;
import com.fulfil.order.OrderLineRequest;
import com.fulfil.order.OrderRequest;
import com.fulfil.order.OrderService;
import com.fulfil.order.OrderView;
import com.fulfil.tenancy.PlatformScope;
import com.fulfil.tenancy.TenantId;
import com.fulfil.tenant.TenantOnboarding;
import com.fulfil.tenant.TenantRequest;
import com.fulfil.testing.Database;
import com.fulfil.testing.Deployments;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order held because the buyer could not be reached (UNREACHABLE_HOLD, set by the call-centre
 * through the order's own service) tells the buyer, the shop's contact email and the shop's
 * webhooks. Runs inside the server: the call-centre's staff path has no shop token, so the test
 * acts as staff does, through {@link PlatformScope#runAs}, and reads the outbox rows the hold wrote
 * in its own transaction. (Sending them is what BuyerNotificationIT and WebhookIT prove.)
 */
@ExtendWith(ArquillianExtension.class)
class HeldOrderNotificationIT {

  @Deployment
  static WebArchive app() {
    return Deployments.application().addClasses(Database.class, Deployments.class, StaffDesk.class);
  }

  @Inject TenantOnboarding onboarding;
  @Inject StaffDesk staff;
  @Inject CatalogueService catalogue;
  @Inject OrderService orders;
  @Inject SettingsService settings;
  @Inject WebhookService webhooks;

  @Test
  void anOrderOnHoldTellsTheBuyerTheShopAndItsWebhooks() throws Exception {
    TenantId shop = new TenantId("held-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
    onboarding.onboard(new TenantRequest(shop.value(), "Гамма", "ООО «Гамма»", null, null, "RUB", "Europe/Moscow", "09:00", "21:00"));
    asStaff(shop, () -> settings.put(new SettingsRequest("auto", "ru", "orders@gamma.example")));
    asStaff(shop, () -> webhooks.register(new WebhookRequest("http://127.0.0.1:9/hooks", List.of("order.unreachable_hold"), true)));
    asStaff(shop, () -> catalogue.create(new SkuRequest("TEA-1", "Чай", List.of(), 100, 10, 10, 10, 50_000L, false, null, null)));
    OrderView order =
        asStaff(shop, () -> orders.create(new OrderRequest(
            "H-1",
            new BuyerRequest("Мария", "+79160000001", "maria@example.ru", new AddressRequest("RU", "Москва", "Москва", "Тверская, 1", null), null),
            List.of(new OrderLineRequest("TEA-1", 2, null)), null, 0L, null, "COD_CASH", "COURIER", null, null, null, null)));

    asStaff(shop, () -> orders.holdUnreachable(order.id(), "три попытки, нет ответа"));

    List<String> held = rows(shop, "select channel, recipient, subject from ntf_message where order_id = ? and moment in ('buyer-unreachable', 'shop-order-held') order by audience, channel", order.id());
    assertEquals(
        List.of(
            "EMAIL|maria@example.ru|Гамма: не удалось дозвониться по заказу H-1",
            "SMS|+79160000001|null",
            "EMAIL|orders@gamma.example|Заказ H-1 на удержании: покупатель недоступен"),
        held);
    List<String> body = rows(shop, "select body from ntf_message where order_id = ? and moment = 'shop-order-held'", order.id());
    assertTrue(body.get(0).contains("три попытки, нет ответа"), body.get(0));
    List<String> events = rows(shop, "select event_type from ntf_webhook_delivery where order_id = ? order by event_seq", order.id());
    assertEquals(List.of("order.unreachable_hold"), events, "the webhook asked for holds only");
  }

  private <T> T asStaff(TenantId shop, Supplier<T> work) {
    return staff.runAs(shop, work);
  }

  private static List<String> rows(TenantId shop, String sql, UUID orderId) throws Exception {
    try (Connection c = Database.owner()) {
      c.setAutoCommit(false);
      try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, shop.value());
        set.execute();
      }
      List<String> rows = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement(sql)) {
        q.setObject(1, orderId);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
              row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
      c.commit();
      return rows;
    }
  }
}
