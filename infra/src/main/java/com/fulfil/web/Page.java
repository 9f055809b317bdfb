package com.fulfil.web;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of a list; {@code nextCursor} is null on the last page (and written as null). */
@JsonbNillable
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }
}
