package com.fulfil.notification;

import com.fulfil.security.Role;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * {@code /api/v1/webhooks}: the shop's endpoints for order events. Every order event (type {@code
 * order.<new status>}, e.g. {@code order.confirmed}) is POSTed as JSON to every active webhook
 * whose {@code events} include it:
 *
 * <pre>
 * {"id": "&lt;event id, the same on every retry&gt;", "type": "order.confirmed", "occurredAt": "2025-03-01T13:00:00Z",
 *  "tenant": "alfa", "data": {"orderId": "...", "externalNumber": "A-1001", "sequence": 3,
 *  "from": "AWAITING_CONFIRMATION", "to": "CONFIRMED", "reason": "...", "actor": "operator"}}
 * </pre>
 *
 * Headers: {@code Fulfil-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>},
 * {@code Fulfil-Event-Id}, {@code Fulfil-Event-Type}, {@code Fulfil-Delivery-Id}. Any 2xx
 * acknowledges; otherwise the delivery is retried with exponential backoff (capped) up to a
 * maximum of attempts, then marked {@code FAILED}; it can be re-sent by hand. A webhook's events go
 * out one at a time in the order they happened; delivery is at least once, so drop repeated ids.
 * The shop administrator manages webhooks; other shop roles read them (never the secret).
 */
@Path("v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SHOP_ADMIN)
public class WebhookResource {

  @Inject WebhookService webhooks;
  @Context UriInfo uri;

  /** {@code {"url": "https://...", "events": ["*"]}}: 201 with the {@code secret}, shown only this once. */
  @POST
  public Response register(WebhookRequest request) {
    RegisteredWebhookView view = webhooks.register(ProblemException.requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
  }

  @GET
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER})
  public Page<WebhookView> list() {
    return webhooks.list();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER})
  public WebhookView get(@PathParam("id") String id) {
    return webhooks.get(uuid(id, "Webhook"));
  }

  /** {@code {"url": ..., "events": [...], "active": false}}: change the endpoint, filter or pause it. */
  @PUT
  @Path("{id}")
  public WebhookView change(@PathParam("id") String id, WebhookRequest request) {
    UUID webhookId = uuid(id, "Webhook");
    return webhooks.change(webhookId, ProblemException.requireBody(request));
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String id) {
    webhooks.remove(uuid(id, "Webhook"));
    return Response.noContent().build();
  }

  /** The delivery log, newest first, cursor-paged ({@code cursor}, {@code limit} ≤ 200). */
  @GET
  @Path("{id}/deliveries")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER})
  public Page<DeliveryView> deliveries(
      @PathParam("id") String id, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return webhooks.deliveries(uuid(id, "Webhook"), PageRequest.of(cursor, limit));
  }

  /** Sends the delivery again (202 with its log line, now pending and due). */
  @POST
  @Path("{id}/deliveries/{deliveryId}/resend")
  public Response resend(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    DeliveryView view = webhooks.resend(uuid(id, "Webhook"), uuid(deliveryId, "Delivery"));
    return Response.accepted(view).build();
  }

  /** An id that is not a UUID names nothing of anybody: 404, like any unknown id. */
  private static UUID uuid(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(what + " " + id);
    }
  }
}
