package com.fulfil.testing;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/** Builds JSON bodies for tests from key/value pairs (values: String, Number, Boolean, Collection, null). */
public final class Json {
  private Json() {}

  public static String object(Object... keyValues) {
    return builder(keyValues).build().toString();
  }

  public static JsonObjectBuilder builder(Object... keyValues) {
    JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      String key = (String) keyValues[i];
      Object v = keyValues[i + 1];
      if (v == null) {
        b.addNull(key);
      } else if (v instanceof String s) {
        b.add(key, s);
      } else if (v instanceof Integer n) {
        b.add(key, n);
      } else if (v instanceof Long n) {
        b.add(key, n);
      } else if (v instanceof Boolean f) {
        b.add(key, f);
      } else if (v instanceof Collection<?> c) {
        JsonArrayBuilder a = jakarta.json.Json.createArrayBuilder();
        c.forEach(x -> a.add(String.valueOf(x)));
        b.add(key, a);
      } else {
        throw new IllegalArgumentException("unsupported value for " + key + ": " + v);
      }
    }
    return b;
  }
}
