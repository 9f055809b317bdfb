package com.fulfil.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SMTP client against a real SMTP server (GreenMail) on a free loopback port. */
class SmtpMailerTest {

  private GreenMail smtp;
  private SmtpMailer mailer;

  @BeforeEach
  void start() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    mailer = mailer("127.0.0.1", port);
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  static SmtpMailer mailer(String host, int port) {
    SmtpMailer m = new SmtpMailer();
    m.host = Optional.ofNullable(host);
    m.port = port;
    m.from = "orders@fulfil.test";
    m.username = Optional.empty();
    m.password = Optional.empty();
    m.startTls = false;
    m.timeoutMs = 30_000; // generous: a loaded CI box must not turn an answer into a timeout
    return m;
  }

  @Test
  void sendsAPlainTextUtf8EmailInCyrillic() throws Exception {
    mailer.send("ivan@example.ru", "Альфа-Маркет: заказ A-1 подтверждён", "Здравствуйте, Иван!\nЗаказ A-1 подтверждён.", "m-1");

    assertTrue(smtp.waitForIncomingEmail(5_000, 1));
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertEquals("Альфа-Маркет: заказ A-1 подтверждён", received.getSubject());
    assertEquals("ivan@example.ru", received.getAllRecipients()[0].toString());
    assertEquals("orders@fulfil.test", received.getFrom()[0].toString());
    assertTrue(GreenMailUtil.getBody(received).length() > 0);
    assertEquals("Здравствуйте, Иван!\nЗаказ A-1 подтверждён.", received.getContent().toString().replace("\r\n", "\n"));
    assertEquals("m-1", received.getHeader("X-Fulfil-Message-Id")[0]);
  }

  @Test
  void aServerThatIsDownIsATemporaryFailure() {
    smtp.stop();
    SendFailure f = assertThrows(SendFailure.class, () -> mailer.send("ivan@example.ru", "s", "b", "m-2"));
    assertFalse(f.permanent(), "retried later");
  }

  @Test
  void aMalformedAddressIsRefusedForGood() {
    SendFailure f = assertThrows(SendFailure.class, () -> mailer.send("not an address", "s", "b", "m-3"));
    assertTrue(f.permanent());
  }

  @Test
  void withoutAHostEmailIsNotConfigured() {
    assertFalse(mailer(null, 25).configured());
    assertFalse(mailer(" ", 25).configured());
    assertTrue(mailer.configured());
  }
}
