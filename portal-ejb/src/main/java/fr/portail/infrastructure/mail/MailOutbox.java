package fr.portail.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Puts each e-mail a use case asks for (an {@link OutgoingMail} event) in the outbox, rendered, in
 * the use case's own transaction; once that transaction has committed, wakes the sender on a thread
 * of its own. A rolled-back use case leaves no e-mail; a use case never waits for SMTP.
 */
@ApplicationScoped
public class MailOutbox {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private MailDispatcher dispatcher;
  @Inject private Clock clock;

  @Resource private ManagedExecutorService executor;

  void enqueue(@Observes OutgoingMail mail) {
    MailTemplates.Rendered rendered = MailTemplates.render(mail.template(), mail.values());
    em.persist(new QueuedMail(mail.to().value(), mail.template(), rendered, clock.instant()));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
    executor.execute(dispatcher::sendDue);
  }
}
