package com.fulfil.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging: the cursor is the sort key of the last item returned, opaque to clients. Every
 * list is bounded: at most {@link #MAX_LIMIT} items a page.
 */
public record PageRequest(String after, int limit) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Parses the {@code cursor} and {@code limit} query parameters, naming the bad one. */
  public static PageRequest of(String cursor, String limit) {
    int size;
    try {
      size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 1 || size > MAX_LIMIT) {
      throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (cursor == null || cursor.isBlank()) {
      return new PageRequest(null, size);
    }
    try {
      String after = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return new PageRequest(after, size);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this API returned");
    }
  }

  /** Fetch one row more than the limit: if it comes back, there is a next page. */
  public int fetchSize() {
    return limit + 1;
  }

  /** Builds the page from {@link #fetchSize()} rows, sorted by the key {@code keyOf} returns. */
  public <E, V> Page<V> page(List<E> rows, Function<E, String> keyOf, Function<E, V> view) {
    boolean more = rows.size() > limit;
    List<E> shown = more ? rows.subList(0, limit) : rows;
    String next =
        more
            ? Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(keyOf.apply(shown.get(shown.size() - 1)).getBytes(StandardCharsets.UTF_8))
            : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
