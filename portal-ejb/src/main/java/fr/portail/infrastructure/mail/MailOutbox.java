package fr.portail.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Puts each e-mail a use case asks for (an {@link OutgoingMail} event) in the outbox, rendered, in
 * the use case's own transaction; once that transaction has committed, signals the dispatcher's
 * thread. A rolled-back use case leaves no e-mail; a use case never waits for SMTP.
 */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;

  /** One permit per commit that queued e-mails; the dispatcher takes them all at once. */
  private final Semaphore committed = new Semaphore(0);

  void enqueue(@Observes OutgoingMail mail) {
    MailTemplates.Rendered rendered = MailTemplates.render(mail.template(), mail.values());
    em.persist(new QueuedMail(mail.to().value(), mail.template(), rendered, clock.instant()));
  }

  /**
   * After the commit, only a signal: the transaction is completing on this thread, so no container
   * resource is touched here.
   */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
    committed.release();
  }

  /** Waits until a commit queued e-mails, or the timeout; true if one did. */
  boolean awaitCommits(Duration timeout) throws InterruptedException {
    boolean signalled = committed.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    committed.drainPermits();
    return signalled;
  }
}
