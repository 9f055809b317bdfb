package com.fulfil.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Puts a limit on every request body (STYLE: put a limit on everything). A declared length over the
 * limit is refused before reading; an undeclared (chunked) body is cut off while reading.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

  /** 5 MiB: room for a catalogue CSV of ~50,000 lines; JSON requests are far smaller. */
  public static final long MAX_BODY_BYTES = 5L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    int declared = request.getLength();
    if (declared > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    request.setEntityStream(new Limited(request.getEntityStream(), MAX_BODY_BYTES));
  }

  static ProblemException tooLarge() {
    return new ProblemException(
        413,
        "too-large",
        "Request body too large",
        "The request body is larger than " + MAX_BODY_BYTES + " bytes.",
        List.of(Violation.field("body", "is larger than " + MAX_BODY_BYTES + " bytes")));
  }

  private static final class Limited extends FilterInputStream {
    private long remaining;

    Limited(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --remaining < 0) {
        throw tooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && (remaining -= n) < 0) {
        throw tooLarge();
      }
      return n;
    }
  }
}
