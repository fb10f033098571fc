package fr.portail.infrastructure.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An e-mail rendered and waiting in the outbox, or sent (with when), or given up after retries. */
@Entity
@Table(name = "outgoing_mail")
public class QueuedMail {

  /** Attempts before the outbox gives up on an e-mail (the error stays recorded). */
  static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, length = 254)
  private String recipient;

  @Column(name = "template", nullable = false, length = 60)
  private String template;

  @Column(name = "subject", nullable = false, length = 300)
  private String subject;

  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Column(name = "html_body", nullable = false)
  private String htmlBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected QueuedMail() {}

  QueuedMail(String recipient, String template, MailTemplates.Rendered rendered, Instant at) {
    this.recipient = recipient;
    this.template = template;
    this.subject = rendered.subject();
    this.textBody = rendered.text();
    this.htmlBody = rendered.html();
    this.createdAt = at;
    this.nextAttemptAt = at;
  }

  Long id() {
    return id;
  }

  String recipient() {
    return recipient;
  }

  MailTemplates.Rendered rendered() {
    return new MailTemplates.Rendered(subject, textBody, htmlBody);
  }

  void sent(Instant at) {
    attempts++;
    sentAt = at;
    lastError = null;
  }

  /** A failed attempt: the next one waits longer each time (1, 2, 4… minutes, at most an hour). */
  void failed(String error, Instant at) {
    attempts++;
    lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), 1000));
    long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
    nextAttemptAt = attempts >= MAX_ATTEMPTS ? Instant.MAX : at.plus(Duration.ofMinutes(minutes));
  }
}
