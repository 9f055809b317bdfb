package com.fulfil.tenancy;

import java.util.regex.Pattern;

/** A shop's identity on the platform: a short lowercase slug that also appears in tokens. */
public record TenantId(String value) {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  public TenantId {
    if (value == null || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "tenant id must be 2-40 characters of a-z, 0-9 and '-', starting with a letter or digit");
    }
  }

  public static boolean isValid(String value) {
    return value != null && SLUG.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
