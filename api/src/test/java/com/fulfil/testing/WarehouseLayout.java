package com.fulfil.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh storage zone with bins for one test, created through the ops API by the platform
 * administrator: {@code WarehouseLayout.create(api, 3).bins()} are the bins' barcodes in walking
 * order. Zones are unique per call, so tests never share bins.
 */
public record WarehouseLayout(String zone, List<String> bins) {

  public static WarehouseLayout create(Api api, int binCount) {
    return create(api, binCount, 1_000_000);
  }

  /** Bins get sequences {@code firstSequence}, +10, +20...: walking order is the list order. */
  public static WarehouseLayout create(Api api, int binCount, int firstSequence) {
    Api admin = api.asUser("platform-admin");
    String zone = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    Api.Reply z = admin.post("/api/v1/ops/warehouse/zones", Json.object("code", zone, "name", "Test " + zone, "kind", "STORAGE"));
    if (z.status() != 201) {
      throw new IllegalStateException("zone: " + z);
    }
    List<String> bins = new ArrayList<>();
    for (int i = 0; i < binCount; i++) {
      String barcode = zone + "-B" + i;
      Api.Reply b = admin.post("/api/v1/ops/warehouse/bins", Json.object(
          "zone", zone, "aisle", "01", "rack", String.valueOf(i / 4 + 1), "shelf", "1", "position", String.valueOf(i % 4 + 1),
          "barcode", barcode, "sequence", firstSequence + 10 * i));
      if (b.status() != 201) {
        throw new IllegalStateException("bin: " + b);
      }
      bins.add(barcode);
    }
    return new WarehouseLayout(zone, List.copyOf(bins));
  }
}
