package com.fulfil.picking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fulfil.layout.BinView;
import com.fulfil.layout.ZoneKind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WalkingPathTest {

  record Stop(String name, BinView bin) {}

  @Test
  void followsTheLayoutsWalkingSequenceNotTheAddress() {
    Stop far = new Stop("far", bin("A", "01", "1", "1", "1", 300));
    Stop near = new Stop("near", bin("B", "09", "9", "9", "9", 100));
    Stop middle = new Stop("middle", bin("A", "05", "1", "1", "1", 200));
    assertEquals(List.of("near", "middle", "far"), names(WalkingPath.order(List.of(far, near, middle), Stop::bin)));
  }

  @Test
  void binsSharingASequenceGoByZoneAisleRackShelfPosition() {
    Stop a2 = new Stop("A-01-1-1-2", bin("A", "01", "1", "1", "2", 0));
    Stop a1 = new Stop("A-01-1-1-1", bin("A", "01", "1", "1", "1", 0));
    Stop rack2 = new Stop("A-01-2-1-1", bin("A", "01", "2", "1", "1", 0));
    Stop aisle2 = new Stop("A-02-1-1-1", bin("A", "02", "1", "1", "1", 0));
    Stop zoneB = new Stop("B-01-1-1-1", bin("B", "01", "1", "1", "1", 0));
    assertEquals(
        List.of("A-01-1-1-1", "A-01-1-1-2", "A-01-2-1-1", "A-02-1-1-1", "B-01-1-1-1"),
        names(WalkingPath.order(List.of(zoneB, aisle2, rack2, a2, a1), Stop::bin)));
  }

  @Test
  void stopsAtTheSameBinKeepTheirOrder() {
    BinView bin = bin("A", "01", "1", "1", "1", 10);
    Stop first = new Stop("first", bin);
    Stop second = new Stop("second", bin);
    Stop earlier = new Stop("earlier", bin("A", "01", "1", "1", "1", 5));
    assertEquals(List.of("earlier", "first", "second"), names(WalkingPath.order(List.of(first, second, earlier), Stop::bin)));
  }

  private static BinView bin(String zone, String aisle, String rack, String shelf, String position, int sequence) {
    String address = String.join("-", zone, aisle, rack, shelf, position);
    return new BinView(UUID.randomUUID(), "BIN-" + address + "-" + sequence, address, zone, ZoneKind.STORAGE, aisle, rack, shelf, position, sequence);
  }

  private static List<String> names(List<Stop> stops) {
    return stops.stream().map(Stop::name).toList();
  }
}
