package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fulfil.web.ProblemException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

  private static WebhookTargets targets(boolean allowPrivate) {
    WebhookTargets t = new WebhookTargets();
    t.allowPrivate = allowPrivate;
    return t;
  }

  @Test
  void internalAddressesAreRefusedAtRegistrationNamingTheUrl() {
    WebhookTargets strict = targets(false);
    for (String url :
        List.of("http://127.0.0.1:8080/x", "http://localhost/x", "http://10.1.2.3/x", "http://192.168.0.10/x",
            "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://0.0.0.0/x", "http://[fd00::1]/x")) {
      ProblemException e = assertThrows(ProblemException.class, () -> strict.checkRegistered(URI.create(url)), url);
      assertEquals(400, e.status());
      assertEquals("url", e.violations().get(0).field());
    }
    assertDoesNotThrow(() -> strict.checkRegistered(URI.create("https://shop.example/hooks")), "names are checked when delivering");
    assertDoesNotThrow(() -> strict.checkRegistered(URI.create("https://93.184.215.14/hooks")));
  }

  @Test
  void aNameThatResolvesInsideIsRefusedForGoodWhenDelivering() {
    SendFailure f = assertThrows(SendFailure.class, () -> targets(false).checkDelivery(URI.create("http://localhost:9/x")));
    assertTrue(f.permanent());
  }

  @Test
  void localRunsAndTestsMayAllowThem() {
    assertDoesNotThrow(() -> targets(true).checkRegistered(URI.create("http://127.0.0.1:8080/x")));
    assertDoesNotThrow(() -> targets(true).checkDelivery(URI.create("http://localhost:9/x")));
  }
}
