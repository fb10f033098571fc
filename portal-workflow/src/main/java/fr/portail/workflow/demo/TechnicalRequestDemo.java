package fr.portail.workflow.demo;

import fr.portail.domain.model.technical.ContactSlot;
import fr.portail.domain.model.technical.DayPart;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.domain.shared.WorkingDays;
import fr.portail.infrastructure.demo.TechnicalDemoRequests;
import fr.portail.workflow.Actors;
import fr.portail.workflow.technical.TechnicalRequestProcess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * Demo technical requests at several steps, through the real process and use cases: one of M.
 * Martin's (Résidence Montreuil) sent sixteen days ago and still untriaged, so its deadline is
 * missed at once (red in gardien.montreuil@demo.fr's and technique@demo.fr's inboxes); another of
 * his ordered from Plomberie Versaillaise (prestataire@demo.fr's inbox); one of Mme Bernard's (Le
 * Parc) waiting for the technical manager's order, and one closed as her own upkeep. Mme Dupont
 * (martine.dupont@demo.fr) is left free for the live demo. Does nothing once a technical request
 * exists.
 *
 * <p>Each step is its own transaction, as in life: the tenant's sending commits, then each member
 * of staff's decision.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineLifecycle", "portal-ejb.jar#TechnicalDemoData"})
@TransactionManagement(TransactionManagementType.BEAN)
public class TechnicalRequestDemo {

  private static final Logger LOG = Logger.getLogger(TechnicalRequestDemo.class.getName());

  private static final List<ContactSlot> WEEKDAY_MORNINGS =
      List.of(
          new ContactSlot(DayOfWeek.MONDAY, DayPart.MORNING),
          new ContactSlot(DayOfWeek.TUESDAY, DayPart.MORNING),
          new ContactSlot(DayOfWeek.WEDNESDAY, DayPart.MORNING),
          new ContactSlot(DayOfWeek.THURSDAY, DayPart.MORNING),
          new ContactSlot(DayOfWeek.FRIDAY, DayPart.MORNING));

  @Inject private TechnicalDemoRequests demo;
  @Inject private TaskService tasks;
  @Resource private UserTransaction transaction;

  @Inject
  @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled || demo.present()) {
      return;
    }
    Instant now = Instant.now();
    Long montreuil = demo.accountId("gardien.montreuil@demo.fr").orElse(null);
    Long parc = demo.accountId("gardien.parc@demo.fr").orElse(null);
    Long manager = demo.accountId("technique@demo.fr").orElse(null);
    Long contractor = demo.accountId("prestataire@demo.fr").orElse(null);
    Long plumber = demo.contractorId("Plomberie Versaillaise").orElse(null);
    if (montreuil == null
        || parc == null
        || manager == null
        || contractor == null
        || plumber == null) {
      LOG.warning("Comptes de démonstration incomplets : demandes techniques non chargées.");
      return;
    }

    demo.open(
        "jean.martin@demo.fr",
        TechnicalCategory.COMMUNS_ECLAIRAGE,
        "Palier du 2e étage, escalier B",
        "La minuterie de l'éclairage du palier ne fonctionne plus : il fait noir le soir.",
        Urgency.NORMAL,
        WEEKDAY_MORNINGS,
        now.minus(Duration.ofDays(16)));

    demo.open(
            "jean.martin@demo.fr",
            TechnicalCategory.LOGEMENT_PLOMBERIE,
            "Salle de bains",
            "Le robinet du lavabo fuit au pied, même fermé ; une flaque se forme chaque nuit.",
            Urgency.NORMAL,
            WEEKDAY_MORNINGS,
            now.minus(Duration.ofDays(3)))
        .ifPresent(
            number -> {
              complete(
                  number,
                  TechnicalRequestProcess.TRIAGE_TASK,
                  montreuil,
                  triage("Le corps du robinet est fendu : à remplacer par un plombier."));
              Map<String, Object> order = new HashMap<>();
              order.put(TechnicalRequestProcess.CONTRACTOR_ID, plumber);
              order.put(TechnicalRequestProcess.APPOINTMENT, nextTuesdayMorning());
              order.put(TechnicalRequestProcess.INSTRUCTIONS, "Mitigeur de lavabo standard.");
              complete(number, TechnicalRequestProcess.ORDER_TASK, manager, order);
            });

    demo.open(
            "sophie.bernard@demo.fr",
            TechnicalCategory.LOGEMENT_CHAUFFAGE,
            "Séjour",
            "Le radiateur du séjour reste froid alors que les autres chauffent.",
            Urgency.NORMAL,
            WEEKDAY_MORNINGS,
            now.minus(Duration.ofDays(2)))
        .ifPresent(
            number ->
                complete(
                    number,
                    TechnicalRequestProcess.TRIAGE_TASK,
                    parc,
                    triage("Purge faite sans effet : le robinet thermostatique est bloqué.")));

    demo.open(
            "sophie.bernard@demo.fr",
            TechnicalCategory.LOGEMENT_SANITAIRES,
            "Salle de bains",
            "Le flexible de la douche fuit à la jonction avec le pommeau.",
            Urgency.LOW,
            WEEKDAY_MORNINGS,
            now.minus(Duration.ofDays(6)))
        .ifPresent(
            number -> {
              Map<String, Object> upkeep = new HashMap<>();
              upkeep.put(TechnicalRequestProcess.DECISION, "TENANT_UPKEEP");
              upkeep.put(
                  TechnicalRequestProcess.TENANT_TEXT,
                  "Le remplacement du flexible de douche est une réparation locative (décret"
                      + " n° 87-712, annexe, IV e) : un flexible standard se trouve en magasin de"
                      + " bricolage.");
              complete(number, TechnicalRequestProcess.TRIAGE_TASK, parc, upkeep);
            });
    LOG.info("Demandes techniques de démonstration chargées.");
  }

  private static Map<String, Object> triage(String diagnosis) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(TechnicalRequestProcess.DECISION, "INTERVENTION");
    vars.put(TechnicalRequestProcess.DIAGNOSIS, diagnosis);
    return vars;
  }

  /**
   * Completes the request's open task of this kind as the member of staff would, in a transaction
   * of its own.
   */
  private void complete(String number, String taskKey, Long staffId, Map<String, Object> vars) {
    try {
      transaction.begin();
      Task task =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(number)
              .taskDefinitionKey(taskKey)
              .singleResult();
      Actors.as(
          staffId,
          () -> {
            tasks.claim(task.getId(), String.valueOf(staffId));
            tasks.complete(task.getId(), vars);
          });
      transaction.commit();
    } catch (Exception e) {
      try {
        transaction.rollback();
      } catch (Exception rollback) {
        e.addSuppressed(rollback);
      }
      throw new IllegalStateException("demande de démonstration " + number, e);
    }
  }

  /** Next week's Tuesday at 10:00, one of the tenant's slots. */
  private static String nextTuesdayMorning() {
    LocalDate day =
        LocalDate.now(WorkingDays.PARIS)
            .plusDays(1)
            .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    while (WorkingDays.holidayOn(day).isPresent()) {
      day = day.plusWeeks(1);
    }
    return day.atTime(LocalTime.of(10, 0)).toString();
  }
}
