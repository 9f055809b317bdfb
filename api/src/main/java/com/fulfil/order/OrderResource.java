package com.fulfil.order;

import com.fulfil.security.Role;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/orders}: the calling shop's orders. Shop administrators, managers and the shop's
 * integration client write; viewers read. Another shop's order answers 404.
 */
@Path("v1/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_INTEGRATION})
public class OrderResource {

  @Inject OrderService orders;
  @Inject BatchIntake batch;
  @Context UriInfo uri;

  /** One order: 201 with its Location; 400 naming the field; 409 naming {@code externalNumber} for a duplicate. */
  @POST
  public Response create(OrderRequest request) {
    OrderView view = orders.create(ProblemException.requireBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
  }

  /**
   * {@code {"orders": [...]}}, 1 to 1,000 orders, each taken or refused on its own: 200 with
   * {@code {"results": [{"index": 0, "status": "created", "id": ...}, {"index": 1, "status":
   * "rejected", "errors": [{"field": "lines[0].sku", "message": ...}]}, {"index": 2, "status":
   * "duplicate", "id": ...}]}}. See {@link BatchIntake.ItemView} for the statuses.
   */
  @POST
  @Path("batch")
  public BatchIntake.BatchResultView batch(JsonObject body) {
    return batch.intake(ProblemException.requireBody(body));
  }

  /**
   * Newest first, cursor-paged ({@code cursor}, {@code limit} ≤ 200), filtered by {@code status}
   * (repeat it or separate by commas), {@code receivedFrom} (inclusive) and {@code receivedTo}
   * (exclusive) as ISO instants, {@code phone} in any written form, {@code externalNumber}.
   */
  @GET
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public Page<OrderView> list(
      @QueryParam("status") List<String> status,
      @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo,
      @QueryParam("phone") String phone,
      @QueryParam("externalNumber") String externalNumber,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    return orders.search(
        new OrderQuery(status, receivedFrom, receivedTo, phone, externalNumber), PageRequest.of(cursor, limit));
  }

  /** How many orders are in each status, optionally of those received in [{@code receivedFrom}, {@code receivedTo}). */
  @GET
  @Path("status-counts")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public StatusCountsView statusCounts(
      @QueryParam("receivedFrom") String receivedFrom, @QueryParam("receivedTo") String receivedTo) {
    return orders.statusCounts(receivedFrom, receivedTo);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public OrderView get(@PathParam("id") String id) {
    return orders.get(uuid(id));
  }

  /**
   * The shop cancels its order, {@code {"reason": "..."}} (required): allowed until picking starts;
   * later, or for an order already cancelled, 409 naming {@code status}.
   */
  @POST
  @Path("{id}/cancellation")
  public OrderView cancel(@PathParam("id") String id, CancellationRequest request) {
    UUID orderId = uuid(id);
    return orders.cancel(orderId, ProblemException.requireBody(request).reason());
  }

  /** The order's status changes, oldest first, cursor-paged. */
  @GET
  @Path("{id}/timeline")
  @RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
  public Page<OrderEventView> timeline(
      @PathParam("id") String id, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return orders.timeline(uuid(id), PageRequest.of(cursor, limit));
  }

  /**
   * Orders from a CSV file, all or nothing: 200 with the ids, or 422 with every error by line and
   * column and nothing stored.
   *
   * <p>Layout: RFC 4180 (commas, double quotes, UTF-8, optional BOM), a header row naming the
   * columns in any order, then <b>one row per order line</b>. Rows with the same {@code
   * external_number} are one order; they need not be adjacent. The order's own columns are stated
   * on its first row; later rows of the same order leave them blank or repeat the same value.
   *
   * <table>
   *   <caption>Columns</caption>
   *   <tr><th>column</th><th>required</th><th>value</th></tr>
   *   <tr><td>external_number</td><td>yes</td><td>the shop's order number; groups the rows; must be new to the shop</td></tr>
   *   <tr><td>buyer_name</td><td>yes</td><td>text</td></tr>
   *   <tr><td>phone</td><td>yes</td><td>any usual written form, e.g. {@code 8 (916) 123-45-67}, {@code +375 29 123-45-67}</td></tr>
   *   <tr><td>email</td><td>no</td><td></td></tr>
   *   <tr><td>country</td><td>yes</td><td>ISO 3166 alpha-2, e.g. {@code RU}</td></tr>
   *   <tr><td>region</td><td>no</td><td>e.g. {@code Свердловская обл.}; gives the buyer's time zone</td></tr>
   *   <tr><td>city, street</td><td>yes</td><td>text</td></tr>
   *   <tr><td>postal_code</td><td>no</td><td></td></tr>
   *   <tr><td>time_zone</td><td>no</td><td>IANA, e.g. {@code Asia/Yekaterinburg}; derived from the address if blank</td></tr>
   *   <tr><td>payment_form</td><td>yes</td><td>{@code COD_CASH}, {@code COD_CARD} or {@code PREPAID}</td></tr>
   *   <tr><td>delivery_method</td><td>yes</td><td>{@code COURIER}, {@code POST}, {@code PARCEL_LOCKER} or {@code CARRIER}</td></tr>
   *   <tr><td>delivery_date</td><td>no</td><td>{@code 2025-03-01} or {@code 01.03.2025}</td></tr>
   *   <tr><td>slot_from, slot_to</td><td>no</td><td>{@code 10:00}; both or neither</td></tr>
   *   <tr><td>delivery_fee</td><td>no</td><td>decimal in the shop's currency, e.g. {@code 300.00}; default 0</td></tr>
   *   <tr><td>cod_amount</td><td>no</td><td>decimal; if given, must equal what the platform computes</td></tr>
   *   <tr><td>notes</td><td>no</td><td>text</td></tr>
   *   <tr><td>sku</td><td>yes</td><td>a SKU code of the shop's catalogue (line column)</td></tr>
   *   <tr><td>qty</td><td>yes</td><td>whole number 1–10,000 (line column)</td></tr>
   *   <tr><td>unit_price</td><td>no</td><td>decimal; blank takes the catalogue price (line column)</td></tr>
   * </table>
   *
   * <p>At most 1,000 orders and 20,000 rows per file. Example:
   *
   * <pre>
   * external_number,buyer_name,phone,country,region,city,street,payment_form,delivery_method,sku,qty,unit_price
   * A-1001,Иван Петров,8 (916) 123-45-67,RU,Московская обл.,Химки,"ул. Ленина, 1",COD_CASH,COURIER,TEA-1,2,1299.00
   * A-1001,,,,,,,,,COFFEE-7,1,
   * </pre>
   */
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public OrderService.ImportResultView importCsv(String csv) {
    return orders.importCsv(csv == null ? "" : csv);
  }

  /** An id that is not a UUID names no order of anybody: 404, like any unknown id. */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Order " + id);
    }
  }
}
