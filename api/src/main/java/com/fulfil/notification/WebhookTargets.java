package com.fulfil.notification;

import com.fulfil.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may point. A shop's URL is fetched by our servers, inside our network: by default
 * an address of that network (loopback, private, link-local such as a cloud metadata service) is
 * refused, at registration for a literal address and again at every delivery for what the host
 * name resolves to then. {@code fulfil.webhook.allow-private-targets=true} lifts this for local runs
 * and tests, whose endpoints live on 127.0.0.1.
 */
@ApplicationScoped
public class WebhookTargets {

  @Inject
  @ConfigProperty(name = "fulfil.webhook.allow-private-targets", defaultValue = "false")
  boolean allowPrivate;

  /** At registration: refuses a URL whose host is a literal internal address (400 naming {@code url}). */
  void checkRegistered(URI url) {
    if (allowPrivate) {
      return;
    }
    String host = url.getHost();
    if (host.equalsIgnoreCase("localhost") || (isLiteral(host) && isInternal(resolve(host)))) {
      throw ProblemException.invalid("url", "must be a public address; internal addresses are not reachable for webhooks");
    }
  }

  /** Before each delivery: refuses (for good) a host that now resolves to an internal address. */
  void checkDelivery(URI url) throws SendFailure {
    if (allowPrivate) {
      return;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
        if (isInternal(a)) {
          throw new SendFailure("the webhook's host resolves to an internal address", true, null, null);
        }
      }
    } catch (UnknownHostException e) {
      throw SendFailure.transientFailure("unknown host " + url.getHost(), e);
    }
  }

  static boolean isInternal(InetAddress a) {
    return a == null
        || a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()
        || isUniqueLocalV6(a);
  }

  private static boolean isUniqueLocalV6(InetAddress a) {
    byte[] b = a.getAddress();
    return b.length == 16 && (b[0] & 0xfe) == 0xfc;
  }

  private static boolean isLiteral(String host) {
    return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
  }

  private static InetAddress resolve(String literal) {
    try {
      // A literal address is parsed, not looked up.
      return InetAddress.getByName(literal.startsWith("[") ? literal.substring(1, literal.length() - 1) : literal);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
