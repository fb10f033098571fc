package fr.portail.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;

/**
 * Sends one e-mail through the application's SMTP session, in French, as a text and HTML
 * alternative. The use cases do not call it: they queue their e-mails in the outbox ({@link
 * MailOutbox}), whose dispatcher calls it after their commit.
 */
@ApplicationScoped
public class MailSender {

  @Resource(lookup = MailConfiguration.SESSION)
  private Session session;

  /** Renders the template and sends it now. */
  public void send(OutgoingMail mail) throws MessagingException {
    send(mail.to().value(), MailTemplates.render(mail.template(), mail.values()));
  }

  /** Sends an e-mail already rendered, now. */
  public void send(String recipient, MailTemplates.Rendered rendered) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
    message.setSubject(rendered.subject(), "UTF-8");
    message.setSentDate(Date.from(Instant.now()));
    message.setHeader("Content-Language", "fr");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(rendered.text(), "UTF-8", "plain");
    // 8bit keeps the links readable in the raw message (no quoted-printable "=3D").
    text.setHeader("Content-Transfer-Encoding", "8bit");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(rendered.html(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    Transport.send(message);
  }
}
