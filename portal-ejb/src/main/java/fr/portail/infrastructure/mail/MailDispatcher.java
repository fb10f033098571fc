package fr.portail.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due e-mails, one transaction each: the row is locked (others skip it) while
 * its e-mail goes out, then marked sent, or its attempt recorded for a later retry. Woken after
 * each commit that queued e-mails, and every minute for the retries.
 */
@Singleton
@Lock(LockType.READ)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private MailSender sender;
  @Inject private Clock clock;

  @Resource private SessionContext context;

  /**
   * Sends every e-mail due now, each in its own transaction, oldest first; one dispatch at a time,
   * so a tenant receives the e-mails of his request's steps in their order.
   */
  @Lock(LockType.WRITE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDue() {
    MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
    for (int sent = 0; sent < 1_000 && self.sendNext(); sent++) {
      // one e-mail per transaction, until none is due
    }
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  @Lock(LockType.WRITE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void retry() {
    sendDue();
  }

  /** Sends the oldest due e-mail that nobody else is sending; false when none is due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendNext() {
    List<?> ids =
        em.createNativeQuery(
                "select id from outgoing_mail where sent_at is null and next_attempt_at <= ?"
                    + " order by next_attempt_at, id limit 1 for update skip locked")
            .setParameter(1, java.sql.Timestamp.from(clock.instant()))
            .getResultList();
    if (ids.isEmpty()) {
      return false;
    }
    QueuedMail mail =
        em.find(QueuedMail.class, ((Number) ids.get(0)).longValue(), LockModeType.NONE);
    try {
      sender.send(mail.recipient(), mail.rendered());
      mail.sent(clock.instant());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "e-mail " + mail.id() + " not sent, will retry", e);
      mail.failed(e.getMessage(), clock.instant());
    }
    return true;
  }
}
