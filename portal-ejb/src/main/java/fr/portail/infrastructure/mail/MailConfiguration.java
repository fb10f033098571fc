package fr.portail.infrastructure.mail;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.MailSessionDefinition;

/**
 * Declares the application's mail session. SMTP host, port and sender come from MicroProfile
 * Config: environment variables PORTAL_MAIL_HOST (default localhost), PORTAL_MAIL_PORT (default 25)
 * and PORTAL_MAIL_FROM, or the matching system properties.
 */
@MailSessionDefinition(
    name = MailConfiguration.SESSION,
    host = "${MPCONFIG=portal.mail.host:localhost}",
    from = "${MPCONFIG=portal.mail.from:Portail Locataire <ne-pas-repondre@portail-locataire.fr>}",
    transportProtocol = "smtp",
    properties = {
      "mail.smtp.port=${MPCONFIG=portal.mail.port:25}",
      "mail.smtp.connectiontimeout=10000",
      "mail.smtp.timeout=10000",
      "mail.smtp.writetimeout=10000"
    })
@Singleton
@Startup
public class MailConfiguration {

  /** JNDI name of the portal's mail session. */
  public static final String SESSION = "java:app/mail/portal";
}
