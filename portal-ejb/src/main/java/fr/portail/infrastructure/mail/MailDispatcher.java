package fr.portail.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due e-mails on a thread of its own: woken by each commit that queued e-mails
 * (and every minute, for the retries), it sends them oldest first, one transaction each: the row is
 * locked while its e-mail goes out, then marked sent, or its attempt recorded for a later retry.
 * One thread sends, so a tenant receives the e-mails of his request's steps in their order.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  /** How often the outbox is looked at without a signal: the retries' pace. */
  private static final Duration IDLE = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private MailSender sender;
  @Inject private MailOutbox outbox;
  @Inject private Clock clock;

  @Resource private SessionContext context;
  @Resource private ManagedThreadFactory threads;

  private volatile boolean running;
  private Thread thread;

  @PostConstruct
  void start() {
    MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
    running = true;
    thread = threads.newThread(() -> loop(self));
    thread.setName("portail-courriels");
    thread.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop(MailDispatcher self) {
    while (running) {
      try {
        self.sendDue();
        outbox.awaitCommits(IDLE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (running) {
          LOG.log(Level.WARNING, "envoi des e-mails en attente", e);
          sleepQuietly();
        }
      }
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(IDLE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends every e-mail due now, each in its own transaction, oldest first. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDue() {
    MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
    for (int sent = 0; sent < 1_000 && running && self.sendNext(); sent++) {
      // one e-mail per transaction, until none is due
    }
  }

  /** Sends the oldest due e-mail; false when none is due. */
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
    QueuedMail mail = em.find(QueuedMail.class, ((Number) ids.get(0)).longValue());
    try {
      sender.send(mail.recipient(), mail.rendered());
      mail.sent(clock.instant());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "e-mail " + mail.id() + " non envoyé, nouvel essai plus tard", e);
      mail.failed(e.getMessage(), clock.instant());
    }
    return true;
  }
}
