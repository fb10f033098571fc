package fr.portail.infrastructure.mail;

import fr.portail.domain.shared.EmailAddress;
import java.util.Map;

/**
 * An e-mail to send once the current transaction commits: fired as a CDI event by a use case,
 * observed by {@link MailSender} after success only, so a rolled-back use case sends nothing.
 *
 * @param template name of the template pair in {@code /mail/} (.txt and .html)
 * @param values placeholders' values, as plain text (escaped for the HTML part)
 */
public record OutgoingMail(EmailAddress to, String template, Map<String, String> values) {

  public OutgoingMail {
    if (to == null || template == null || !template.matches("[a-z-]+")) {
      throw new IllegalArgumentException("recipient and template expected");
    }
    values = Map.copyOf(values);
  }
}
