package com.fulfil.web;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the
 * provider up through the ServiceLoader on every call, which on Payara's class path was measured
 * as a large share of a request's CPU. Looked up on first use, not at class loading, so code that
 * only validates (unit tests without a JSON-P implementation) never needs one.
 */
public final class Jsonp {

  private Jsonp() {}

  private static final class Holder {
    static final JsonProvider PROVIDER = JsonProvider.provider();
  }

  public static JsonProvider provider() {
    return Holder.PROVIDER;
  }
}
