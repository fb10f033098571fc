package fr.portail.application;

import fr.portail.domain.model.technical.ResponseDeadlines;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The landlord's delays for technical requests, from MicroProfile Config (environment variables
 * such as {@code PORTAL_TECHNICAL_DEADLINE_URGENT=PT12H} work): the response deadlines by urgency
 * and how long a repair reported done waits for the tenant's confirmation before it is presumed
 * done.
 */
@ApplicationScoped
public class TechnicalSettings {

  /** Without an answer from the tenant, a repair reported done is presumed done after this. */
  public static final String DEFAULT_CONFIRMATION_WAIT = "P15D";

  @Inject
  @ConfigProperty(name = "portal.technical.deadline.urgent", defaultValue = "PT24H")
  String urgent;

  @Inject
  @ConfigProperty(name = "portal.technical.deadline.normal-working-days", defaultValue = "8")
  int normalWorkingDays;

  @Inject
  @ConfigProperty(name = "portal.technical.deadline.low-working-days", defaultValue = "20")
  int lowWorkingDays;

  @Inject
  @ConfigProperty(
      name = "portal.technical.confirmation-wait",
      defaultValue = DEFAULT_CONFIRMATION_WAIT)
  String confirmationWait;

  private ResponseDeadlines deadlines;

  @PostConstruct
  void check() {
    try {
      deadlines = new ResponseDeadlines(Duration.parse(urgent), normalWorkingDays, lowWorkingDays);
      if (!confirmationWait.contains("T")) {
        Period.parse(confirmationWait);
      } else {
        Duration.parse(confirmationWait);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "délai des demandes techniques illisible : " + e.getMessage());
    }
  }

  public ResponseDeadlines deadlines() {
    return deadlines;
  }

  /** An ISO-8601 duration (P15D, PT36H), as the process's timer reads it. */
  public String confirmationWait() {
    return confirmationWait;
  }
}
