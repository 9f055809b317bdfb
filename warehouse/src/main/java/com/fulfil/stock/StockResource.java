package com.fulfil.stock;

import com.fulfil.security.Role;
import com.fulfil.web.Page;
import com.fulfil.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/stock}: the calling shop's stock, live. Another shop's SKU answers 404. */
@Path("v1/stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOP_ADMIN, Role.SHOP_MANAGER, Role.SHOP_VIEWER, Role.SHOP_INTEGRATION})
public class StockResource {

  @Inject StockService stock;

  /**
   * Every SKU of the catalogue with its stock, by SKU code: {@code {"items": [StockView, ...],
   * "nextCursor": ...}}; {@code q} narrows it to SKUs whose code or name contains it, or that carry
   * it as a barcode.
   */
  @GET
  public Page<StockView> list(
      @QueryParam("q") String q, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return stock.list(q, PageRequest.of(cursor, limit));
  }

  /** One SKU's {@link StockView}, with its lots; 404 if the shop has no such SKU. */
  @GET
  @Path("{sku}")
  public StockView get(@PathParam("sku") String sku) {
    return stock.get(sku);
  }

  /** The SKU's stock journal, newest first: {@code {"items": [MovementView, ...], "nextCursor": ...}}. */
  @GET
  @Path("{sku}/movements")
  public Page<MovementView> movements(
      @PathParam("sku") String sku, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return stock.movements(sku, PageRequest.of(cursor, limit));
  }

  /**
   * What the SKU's {@code reserved} figure sums: its reservations not yet released, newest first,
   * each with its order: {@code {"items": [ReservationView, ...], "nextCursor": ...}}.
   */
  @GET
  @Path("{sku}/reservations")
  public Page<ReservationView> reservations(
      @PathParam("sku") String sku, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    return stock.reservations(sku, PageRequest.of(cursor, limit));
  }
}
