package com.fulfil.callcentre;

import com.fulfil.web.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mystery-shopper checklist of a call: each item has a maximum of points, and the maxima add
 * up to 100, so the score of an audit (the sum of the points given) reads as a percentage. Every
 * item must be scored, so that audits compare.
 */
final class CallChecklist {

  /** Item → maximum points, in the order a call goes. */
  static final Map<String, Integer> ITEMS = items();

  private CallChecklist() {}

  private static Map<String, Integer> items() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("greeting", 5); // greeted and named the shop
    m.put("introducedSelf", 5); // gave own name
    m.put("verifiedBuyer", 10); // spoke to the buyer named on the order
    m.put("confirmedItems", 20); // read out the lines and quantities, offered substitutes if short
    m.put("confirmedTotal", 20); // stated the amount due and the payment form
    m.put("confirmedAddress", 15); // read back the delivery address
    m.put("confirmedDeliverySlot", 15); // agreed the date and slot
    m.put("politeClosing", 10); // thanked and said goodbye
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Every problem with {@code points}, each naming {@code items.<item>}. */
  static List<Violation> violations(Map<String, Integer> points) {
    List<Violation> v = new ArrayList<>();
    if (points == null) {
      v.add(Violation.field("items", "is required: points for each of " + String.join(", ", ITEMS.keySet())));
      return v;
    }
    for (String key : points.keySet()) {
      if (!ITEMS.containsKey(key)) {
        v.add(Violation.field("items." + key, "is not a checklist item; the items are " + String.join(", ", ITEMS.keySet())));
      }
    }
    ITEMS.forEach((item, max) -> {
      Integer given = points.get(item);
      if (given == null) {
        v.add(Violation.field("items." + item, "must be scored from 0 to " + max));
      } else if (given < 0 || given > max) {
        v.add(Violation.field("items." + item, "must be from 0 to " + max + ", not " + given));
      }
    });
    return v;
  }

  /** The sum of the points of the checklist's items: 0..100. */
  static int score(Map<String, Integer> points) {
    return ITEMS.keySet().stream().mapToInt(i -> points.getOrDefault(i, 0)).sum();
  }
}
