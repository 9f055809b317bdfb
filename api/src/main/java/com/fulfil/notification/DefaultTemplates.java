package com.fulfil.notification;

import java.util.EnumMap;
import java.util.Map;

/**
 * The wording every shop starts with, in Russian and English. Short on purpose: an SMS must fit
 * into few segments, and the buyer should see the shop's name and the order number at once.
 */
final class DefaultTemplates {

  private static final Map<Moment, Map<Language, Wording>> WORDING = new EnumMap<>(Moment.class);

  static {
    put(Moment.ORDER_RECEIVED,
        new Wording(
            "{{shopName}}: заказ {{orderNumber}} принят",
            """
            Здравствуйте, {{buyerName}}!

            Мы получили ваш заказ {{orderNumber}} в магазине «{{shopName}}». В ближайшее время мы позвоним, чтобы подтвердить его.
            Сумма к оплате при получении: {{codAmount}}.
            """,
            "{{shopName}}: заказ {{orderNumber}} принят. Скоро позвоним для подтверждения."),
        new Wording(
            "{{shopName}}: order {{orderNumber}} received",
            """
            Hello {{buyerName}},

            We have received your order {{orderNumber}} from {{shopName}}. We will call you shortly to confirm it.
            Amount due on delivery: {{codAmount}}.
            """,
            "{{shopName}}: order {{orderNumber}} received. We will call you shortly to confirm it."));
    put(Moment.ORDER_CONFIRMED,
        new Wording(
            "{{shopName}}: заказ {{orderNumber}} подтверждён",
            """
            Здравствуйте, {{buyerName}}!

            Заказ {{orderNumber}} подтверждён и передан на сборку.
            Доставка: {{deliveryDate}} {{deliverySlot}}. К оплате при получении: {{codAmount}}.
            """,
            "{{shopName}}: заказ {{orderNumber}} подтверждён. Доставка {{deliveryDate}} {{deliverySlot}}."),
        new Wording(
            "{{shopName}}: order {{orderNumber}} confirmed",
            """
            Hello {{buyerName}},

            Your order {{orderNumber}} is confirmed and is being prepared.
            Delivery: {{deliveryDate}} {{deliverySlot}}. Amount due on delivery: {{codAmount}}.
            """,
            "{{shopName}}: order {{orderNumber}} confirmed. Delivery {{deliveryDate}} {{deliverySlot}}."));
    put(Moment.ORDER_CANCELLED,
        new Wording(
            "{{shopName}}: заказ {{orderNumber}} отменён",
            """
            Здравствуйте, {{buyerName}}!

            Заказ {{orderNumber}} отменён. Причина: {{reason}}.
            Если это ошибка, свяжитесь с магазином «{{shopName}}».
            """,
            "{{shopName}}: заказ {{orderNumber}} отменён."),
        new Wording(
            "{{shopName}}: order {{orderNumber}} cancelled",
            """
            Hello {{buyerName}},

            Your order {{orderNumber}} has been cancelled. Reason: {{reason}}.
            If this is a mistake, please contact {{shopName}}.
            """,
            "{{shopName}}: order {{orderNumber}} cancelled."));
    put(Moment.BUYER_UNREACHABLE,
        new Wording(
            "{{shopName}}: не удалось дозвониться по заказу {{orderNumber}}",
            """
            Здравствуйте, {{buyerName}}!

            Мы не смогли дозвониться до вас, чтобы подтвердить заказ {{orderNumber}}. Заказ ждёт вашего подтверждения: ответьте на наш звонок или свяжитесь с магазином «{{shopName}}».
            """,
            "{{shopName}}: не дозвонились по заказу {{orderNumber}}. Заказ ждёт подтверждения."),
        new Wording(
            "{{shopName}}: we could not reach you about order {{orderNumber}}",
            """
            Hello {{buyerName}},

            We could not reach you by phone to confirm your order {{orderNumber}}. The order is waiting for your confirmation: please answer our call or contact {{shopName}}.
            """,
            "{{shopName}}: we could not reach you about order {{orderNumber}}. It awaits your confirmation."));
    put(Moment.ORDER_SHIPPED,
        new Wording(
            "{{shopName}}: заказ {{orderNumber}} передан в доставку",
            """
            Здравствуйте, {{buyerName}}!

            Заказ {{orderNumber}} собран и передан в службу доставки. К оплате при получении: {{codAmount}}.
            """,
            "{{shopName}}: заказ {{orderNumber}} передан в доставку."),
        new Wording(
            "{{shopName}}: order {{orderNumber}} shipped",
            """
            Hello {{buyerName}},

            Your order {{orderNumber}} has been packed and handed to the carrier. Amount due on delivery: {{codAmount}}.
            """,
            "{{shopName}}: order {{orderNumber}} has been shipped."));
    put(Moment.OUT_FOR_DELIVERY,
        new Wording(
            "{{shopName}}: заказ {{orderNumber}} сегодня у вас",
            """
            Здравствуйте, {{buyerName}}!

            Курьер везёт заказ {{orderNumber}}: {{deliveryDate}} {{deliverySlot}}. Приготовьте {{codAmount}}.
            """,
            "{{shopName}}: курьер везёт заказ {{orderNumber}}, {{deliverySlot}}. К оплате {{codAmount}}."),
        new Wording(
            "{{shopName}}: order {{orderNumber}} is out for delivery",
            """
            Hello {{buyerName}},

            The courier is bringing your order {{orderNumber}}: {{deliveryDate}} {{deliverySlot}}. Amount due: {{codAmount}}.
            """,
            "{{shopName}}: order {{orderNumber}} is out for delivery, {{deliverySlot}}. Due: {{codAmount}}."));
    put(Moment.ORDER_DELIVERED,
        new Wording(
            "{{shopName}}: заказ {{orderNumber}} доставлен",
            """
            Здравствуйте, {{buyerName}}!

            Заказ {{orderNumber}} доставлен. Спасибо, что выбрали «{{shopName}}»!
            """,
            "{{shopName}}: заказ {{orderNumber}} доставлен. Спасибо!"),
        new Wording(
            "{{shopName}}: order {{orderNumber}} delivered",
            """
            Hello {{buyerName}},

            Your order {{orderNumber}} has been delivered. Thank you for shopping at {{shopName}}!
            """,
            "{{shopName}}: order {{orderNumber}} delivered. Thank you!"));
    put(Moment.SHOP_ORDER_HELD,
        new Wording(
            "Заказ {{orderNumber}} на удержании: покупатель недоступен",
            """
            Заказ {{orderNumber}} ({{orderId}}) переведён в статус UNREACHABLE_HOLD: колл-центр не дозвонился до покупателя {{buyerName}} после всех попыток.
            Причина: {{reason}}.
            Если у вас есть другой способ связаться с покупателем, сделайте это; заказ вернётся в очередь подтверждения.
            """,
            null),
        new Wording(
            "Order {{orderNumber}} on hold: buyer unreachable",
            """
            Order {{orderNumber}} ({{orderId}}) is now UNREACHABLE_HOLD: the call-centre could not reach the buyer {{buyerName}} after all attempts.
            Reason: {{reason}}.
            If you have another way to reach your customer, please do; the order goes back to the confirmation queue.
            """,
            null));
  }

  private DefaultTemplates() {}

  private static void put(Moment moment, Wording ru, Wording en) {
    Map<Language, Wording> byLanguage = new EnumMap<>(Language.class);
    byLanguage.put(Language.RU, ru);
    byLanguage.put(Language.EN, en);
    WORDING.put(moment, byLanguage);
  }

  static Wording of(Moment moment, Language language) {
    return WORDING.get(moment).get(language);
  }
}
