package fr.portail.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the portal's e-mails through the application's SMTP session, after the transaction that
 * asked for them has committed: a sign-up that rolls back leaves no e-mail behind. A failure to
 * send is logged and does not undo the committed change (the tenant can ask again).
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Resource(lookup = MailConfiguration.SESSION)
  private Session session;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
    try {
      send(mail);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "e-mail " + mail.template() + " not sent", e);
    }
  }

  /** Renders and sends now, in French, as a text and HTML alternative. */
  public void send(OutgoingMail mail) throws MessagingException {
    MailTemplates.Rendered rendered = MailTemplates.render(mail.template(), mail.values());
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to().value()));
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
