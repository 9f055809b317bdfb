package com.fulfil.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email over SMTP with Jakarta Mail (the implementation Payara ships). Host, port, sender and the
 * optional login come from MicroProfile Config ({@code fulfil.smtp.*}); without {@code
 * fulfil.smtp.host} no email is sent and emails wait in the outbox.
 */
@ApplicationScoped
public class SmtpMailer {

  @Inject
  @ConfigProperty(name = "fulfil.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "fulfil.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "fulfil.smtp.from", defaultValue = "no-reply@fulfil.example")
  String from;

  @Inject
  @ConfigProperty(name = "fulfil.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "fulfil.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "fulfil.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "fulfil.smtp.timeout-ms", defaultValue = "10000")
  int timeoutMs;

  private volatile Session session;

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends a plain-text UTF-8 email; {@code reference} (our message id) goes into a header. */
  public void send(String to, String subject, String body, String reference) throws SendFailure {
    MimeMessage message = new MimeMessage(session());
    try {
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    } catch (AddressException e) {
      throw new SendFailure("invalid email address: " + e.getMessage(), true, null, e);
    } catch (MessagingException e) {
      throw SendFailure.transientFailure(e.toString(), e);
    }
    try {
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setHeader("X-Fulfil-Message-Id", reference);
      Transport.send(message);
    } catch (SendFailedException e) {
      boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      throw new SendFailure("SMTP refused the message: " + e.getMessage(), refused, null, e);
    } catch (MessagingException e) {
      throw SendFailure.transientFailure("SMTP failed: " + e.getMessage(), e);
    }
  }

  private Session session() {
    Session s = session;
    if (s == null) {
      Properties p = new Properties();
      p.put("mail.transport.protocol", "smtp");
      p.put("mail.smtp.host", host.orElseThrow().trim());
      p.put("mail.smtp.port", String.valueOf(port));
      p.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
      p.put("mail.smtp.timeout", String.valueOf(timeoutMs));
      p.put("mail.smtp.writetimeout", String.valueOf(timeoutMs));
      p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
      p.put("mail.smtp.starttls.required", String.valueOf(startTls));
      Authenticator auth = null;
      if (username.filter(u -> !u.isBlank()).isPresent()) {
        p.put("mail.smtp.auth", "true");
        String user = username.get();
        String pass = password.orElse("");
        auth =
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, pass);
              }
            };
      }
      s = Session.getInstance(p, auth);
      session = s;
    }
    return s;
  }
}
