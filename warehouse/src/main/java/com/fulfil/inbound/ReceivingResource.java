package com.fulfil.inbound;

import com.fulfil.security.Role;
import com.fulfil.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/ops/inbound/{code}}: the dock, for storekeepers. {@code code} is the shipment's
 * scanned code ({@code ASN.alfa.7K3M9Q2XAB}); it names the shop, so each call acts for that shop
 * only (audited). Scanners should send an {@code Idempotency-Key} with every POST, so a repeated
 * scan after a lost answer is not counted twice.
 */
@Path("v1/ops/inbound/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STOREKEEPER)
public class ReceivingResource {

  @Inject Receiving receiving;

  /** Scan of the shipment's code: its {@link InboundShipmentView}, or 404. */
  @GET
  public InboundShipmentView shipment(@PathParam("code") String code) {
    return receiving.shipment(code);
  }

  /** {@link ScanRequest} → 200 {@link ScanView}; 422 naming {@code barcode} for an unknown item. */
  @POST
  @Path("scans")
  public ScanView scan(@PathParam("code") String code, ScanRequest request) {
    return receiving.scan(code, ProblemException.requireBody(request));
  }

  /** {@link UnknownBarcodeRequest} → 201 {@link InboundShipmentView} with the report among its discrepancies. */
  @POST
  @Path("unknown-barcodes")
  public Response reportUnknown(@PathParam("code") String code, UnknownBarcodeRequest request) {
    return Response.status(201).entity(receiving.reportUnknown(code, ProblemException.requireBody(request))).build();
  }

  /** Closes the receipt (no body): → {@link InboundShipmentView}, status RECEIVED, SHORT lines listed. */
  @POST
  @Path("closure")
  public InboundShipmentView close(@PathParam("code") String code) {
    return receiving.close(code);
  }

  /** What waits at the dock with a suggested bin each: {@code [PutawayTaskView, ...]}. */
  @GET
  @Path("putaway")
  public List<PutawayTaskView> putawayTasks(@PathParam("code") String code) {
    return receiving.putawayTasks(code);
  }

  /**
   * {@link PutawayRequest} → 200 {@code {"line": LineView, "movement": MovementView}}; 422 naming
   * {@code bin} for an unknown or non-storage bin, {@code barcode} for an unknown item.
   */
  @POST
  @Path("putaways")
  public Receiving.PutawayView putAway(@PathParam("code") String code, PutawayRequest request) {
    return receiving.putAway(code, ProblemException.requireBody(request));
  }
}
