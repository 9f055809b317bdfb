/**
 * Notifications (issue 3): what buyers and shops are told when an order's status changes, and how
 * it reaches them. Observes {@link com.fulfil.order.OrderStatusChanged} inside the order's own
 * transaction and writes outbox rows there (so a rolled-back change tells nobody); a background
 * worker sends them after commit, binding each shop's tenant explicitly, with retries and
 * exponential backoff up to a limit.
 *
 * <ul>
 *   <li>Buyers: email (SMTP, Jakarta Mail) and SMS (an {@link com.fulfil.notification.SmsGateway}
 *       over HTTP) at the {@link com.fulfil.notification.Moment}s that matter, from the shop's
 *       templates in Russian or English (shipped defaults, editable per moment and language).
 *   <li>Shops: every order event to each registered webhook, JSON, signed with HMAC-SHA256
 *       ({@link com.fulfil.notification.WebhookSignature}), in event order per webhook, with a
 *       delivery log and manual re-send; an email to the shop's contact address when an order is
 *       held because the buyer could not be reached.
 * </ul>
 *
 * Owns the tables {@code ntf_setting}, {@code ntf_template}, {@code ntf_message}, {@code
 * ntf_webhook} and {@code ntf_webhook_delivery}.
 */
package com.fulfil.notification;
