package fr.portail.application.internal;

import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.TechnicalProcessing;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.contractor.ContractorRepository;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestStep;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.technical.Complement;
import fr.portail.domain.model.technical.Intervention;
import fr.portail.domain.model.technical.TechnicalReport;
import fr.portail.domain.model.technical.TechnicalReportRepository;
import fr.portail.domain.model.technical.TechnicalTexts;
import fr.portail.domain.model.technical.Trade;
import fr.portail.domain.shared.WorkingDays;
import fr.portail.infrastructure.mail.OutgoingMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

@Stateless
@RolesAllowed(Role.SYSTEM_NAME)
public class DefaultTechnicalProcessing implements TechnicalProcessing {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

  @Inject private RequestRepository requests;
  @Inject private TechnicalReportRepository reports;
  @Inject private ContractorRepository contractors;
  @Inject private UserAccountRepository accounts;
  @Inject private RequestNotifications notifications;
  @Inject private PortalLinks links;
  @Inject private Event<OutgoingMail> mails;
  @Inject private Clock clock;

  @Override
  public void resolvedByCaretaker(Long requestId, String note, Long actorId) {
    TenantRequest request = request(requestId);
    if (note == null || note.isBlank()) {
      throw new InvalidInputException("tenantText", "technical.note.required");
    }
    close(request, Resolution.RESOLVED, note, actorId);
    tellFollowers(reportOf(request));
  }

  @Override
  public void closedAsTenantUpkeep(Long requestId, String explanation, Long actorId) {
    TenantRequest request = request(requestId);
    if (explanation == null || explanation.isBlank()) {
      throw new InvalidInputException("tenantText", "technical.explanation.required");
    }
    close(request, Resolution.TENANT_UPKEEP, explanation, actorId);
  }

  @Override
  public void merged(Long requestId, Long carrierRequestId, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    if (carrierRequestId == null) {
      throw new InvalidInputException("carrier", "technical.merge.required");
    }
    TechnicalReport carrier =
        requests
            .find(carrierRequestId)
            .flatMap(r -> reports.findByRequest(r.id()))
            .orElseThrow(() -> new InvalidInputException("carrier", "technical.merge.invalid"));
    DefaultTechnicalRequestService.check("carrier", () -> report.mergeInto(carrier));
    TenantRequest carried = carrier.request();
    String outcome =
        "Ce problème a déjà été signalé dans votre résidence : sa réparation est suivie dans la"
            + " demande n° "
            + carried.number()
            + " du "
            + DAY.format(carried.submittedAt().atZone(WorkingDays.PARIS))
            + ". Vous serez prévenu(e) par e-mail dès qu'elle sera faite.";
    close(request, Resolution.MERGED, outcome, actorId);
    carried.record(
        "step.technical.reportMerged",
        "Demande n° " + request.number() + " de " + request.tenantName(),
        actorName(actorId),
        clock.instant(),
        false);
  }

  @Override
  public void interventionAsked(Long requestId, String diagnosis, String trade, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Trade needed;
    try {
      needed = trade == null || trade.isBlank() ? null : Trade.valueOf(trade);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("trade", "technical.trade.invalid");
    }
    DefaultTechnicalRequestService.check(
        "diagnosis", () -> report.askIntervention(diagnosis, needed));
    String actor = actorName(actorId);
    Instant now = clock.instant();
    request.record("step.technical.diagnosis", report.diagnosis(), actor, now, false);
    notifications.stepReached(
        request, request.record("step.technical.interventionAsked", null, actor, now, true));
  }

  @Override
  public Long ordered(
      Long requestId, Long contractorId, String appointment, String instructions, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Contractor contractor =
        contractorId == null
            ? null
            : contractors
                .find(contractorId)
                .orElseThrow(
                    () -> new InvalidInputException("contractor", "technical.contractor.invalid"));
    if (contractor == null) {
      throw new InvalidInputException("contractor", "technical.contractor.required");
    }
    LocalDateTime when = appointment(appointment);
    UserAccount by = actorId == null ? null : accounts.find(actorId).orElse(null);
    Instant now = clock.instant();
    Intervention intervention =
        DefaultTechnicalRequestService.valid(
            "contractor", () -> report.order(contractor, when, instructions, by, now));
    reports.store(report);
    String detail = "Intervention confiée à " + contractor.companyName() + ".";
    if (intervention.appointmentAt() != null) {
      detail +=
          Boolean.TRUE.equals(intervention.appointmentWithinSlots())
              ? " Rendez-vous prévu le " + when(intervention.appointmentAt()) + "."
              : " Rendez-vous proposé le "
                  + when(intervention.appointmentAt())
                  + ", en dehors des créneaux que vous avez indiqués : le prestataire vous"
                  + " appellera pour le confirmer ou en convenir d'un autre.";
    } else {
      detail +=
          " Le prestataire vous appellera au "
              + report.phone().display()
              + " pour convenir d'un"
              + " rendez-vous.";
    }
    notifications.stepReached(
        request,
        request.record(
            "step.technical.interventionOrdered", detail, actorName(actorId), now, true));
    mails.fire(
        new OutgoingMail(
            contractor.email(),
            "technical-intervention-ordered",
            Map.of(
                "company", contractor.companyName(),
                "number", request.number(),
                "category", label(report.category().labelKey()),
                "address", TechnicalViews.address(request.contract()),
                "appointment",
                    intervention.appointmentAt() == null
                        ? "à convenir avec le locataire"
                        : "proposé le " + when(intervention.appointmentAt()),
                "link", links.page("/gestion/corbeille.xhtml"))));
    return contractor.id();
  }

  @Override
  public void accepted(Long requestId, String appointment, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    LocalDateTime when = appointment(appointment);
    if (when == null) {
      throw new InvalidInputException("appointment", "technical.appointment.required");
    }
    Instant now = clock.instant();
    Intervention intervention =
        DefaultTechnicalRequestService.valid("appointment", () -> report.accept(when, now));
    String company = intervention.contractor().companyName();
    boolean within = Boolean.TRUE.equals(intervention.appointmentWithinSlots());
    String detail =
        within
            ? "Rendez-vous le " + when(intervention.appointmentAt()) + " avec " + company + "."
            : "Rendez-vous proposé le "
                + when(intervention.appointmentAt())
                + " par "
                + company
                + ", en dehors des créneaux que vous avez indiqués : appelez le "
                + intervention.contractor().phone().display()
                + " s'il ne vous convient pas.";
    notifications.stepReached(
        request,
        request.record(
            within ? "step.technical.appointmentSet" : "step.technical.appointmentProposed",
            detail,
            actorName(actorId),
            now,
            true));
  }

  @Override
  public void declined(Long requestId, String reason, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    Intervention intervention =
        DefaultTechnicalRequestService.valid("reason", () -> report.decline(reason, now));
    request.record(
        "step.technical.declined",
        intervention.contractor().companyName() + " : " + intervention.answeredReason(),
        actorName(actorId),
        now,
        false);
  }

  @Override
  public void done(Long requestId, String text, Integer minutesSpent, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    Intervention intervention =
        DefaultTechnicalRequestService.valid(
            "report", () -> report.reportDone(text, minutesSpent, now));
    String detail =
        intervention.contractor().companyName()
            + " indique avoir fait la réparation : « "
            + intervention.reportText()
            + " ». Dites-nous dans « Mes demandes » si c'est bien réparé.";
    notifications.stepReached(
        request,
        request.awaitTenant(
            "step.technical.confirmationAsked", shorten(detail), actorName(actorId), now));
  }

  @Override
  public void unable(Long requestId, String reason, Long actorId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    Intervention intervention =
        DefaultTechnicalRequestService.valid("reason", () -> report.reportUnable(reason, now));
    notifications.stepReached(
        request,
        request.record(
            "step.technical.unable", intervention.answeredReason(), actorName(actorId), now, true));
  }

  @Override
  public void repairConfirmed(Long requestId) {
    TenantRequest request = request(requestId);
    close(
        request,
        Resolution.RESOLVED,
        "Vous avez confirmé la réparation : merci pour votre avis.",
        null);
    tellFollowers(reportOf(request));
  }

  @Override
  public void reopened(Long requestId) {
    TenantRequest request = request(requestId);
    notifications.stepReached(
        request,
        request.record(
            "step.technical.reopened", null, TenantRequest.LANDLORD, clock.instant(), true));
  }

  @Override
  public void presumedDone(Long requestId) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    if (report.awaitingVerdict()) {
      report.presumeDone(now);
    }
    close(
        request,
        Resolution.RESOLVED,
        "Sans réponse de votre part dans le délai prévu après l'intervention, la réparation est"
            + " considérée comme faite. Si le problème revient, envoyez une nouvelle demande.",
        null);
    tellFollowers(report);
  }

  @Override
  public void deadlineMissed(Long requestId, String stepKey, String stepName, Instant dueAt) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Instant now = clock.instant();
    report.deadlineMissed(stepKey, dueAt, now);
    String detail =
        stepName
            + " : échéance du "
            + when(dueAt)
            + " dépassée, signalée au gestionnaire technique.";
    request.record("step.technical.deadlineMissed", detail, TenantRequest.LANDLORD, now, false);
    String agency = request.contract().agency().code();
    for (UserAccount manager : accounts.findStaff(Role.TECHNICAL_MANAGER, agency)) {
      mails.fire(
          new OutgoingMail(
              manager.email(),
              "technical-deadline-missed",
              Map.of(
                  "name", manager.displayName(),
                  "number", request.number(),
                  "step", stepName,
                  "due", when(dueAt),
                  "residence", report.residence().name(),
                  "link", links.page("/gestion/demande.xhtml?id=" + request.id()))));
    }
  }

  @Override
  public String complementReceived(Long requestId, Long complementId, Collection<Long> workerIds) {
    TenantRequest request = request(requestId);
    TechnicalReport report = reportOf(request);
    Complement complement =
        report.complements().stream()
            .filter(c -> c.id().equals(complementId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("complément " + complementId));
    int photos = complement.photos().size();
    String text =
        "Complément du locataire"
            + (complement.text() == null ? "" : " : " + complement.text())
            + (photos == 0 ? "" : " (" + photos + " photo" + (photos > 1 ? "s" : "") + ")");
    for (Long workerId : new LinkedHashSet<>(workerIds)) {
      accounts
          .find(workerId)
          .filter(UserAccount::enabled)
          .ifPresent(
              worker ->
                  mails.fire(
                      new OutgoingMail(
                          worker.email(),
                          "technical-complement",
                          Map.of(
                              "name", worker.displayName(),
                              "number", request.number(),
                              "text", text,
                              "link", links.page("/gestion/demande.xhtml?id=" + request.id())))));
    }
    return shorten(text);
  }

  /** Tells the tenants whose reports were merged into this one that the repair is done. */
  private void tellFollowers(TechnicalReport carrier) {
    for (TechnicalReport follower : reports.followersOf(carrier)) {
      UserAccount tenant = follower.request().submittedBy();
      if (tenant == null || !tenant.enabled()) {
        continue;
      }
      mails.fire(
          new OutgoingMail(
              tenant.email(),
              "technical-fault-repaired",
              Map.of(
                  "name", tenant.displayName(),
                  "number", follower.request().number(),
                  "carrier", carrier.request().number(),
                  "category", label(carrier.category().labelKey()),
                  "link",
                      links.page(
                          "/locataire/demande.xhtml?numero=" + follower.request().number()))));
    }
  }

  private void close(TenantRequest request, Resolution resolution, String outcome, Long actorId) {
    RequestStep step =
        DefaultTechnicalRequestService.valid(
            "tenantText",
            () -> request.close(resolution, outcome, actorName(actorId), clock.instant()));
    notifications.stepReached(request, step);
  }

  private static LocalDateTime appointment(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("appointment", "technical.appointment.invalid");
    }
  }

  private TenantRequest request(Long requestId) {
    return requests
        .find(requestId)
        .orElseThrow(() -> new NotFoundException("demande " + requestId));
  }

  private TechnicalReport reportOf(TenantRequest request) {
    return reports
        .findByRequest(request.id())
        .orElseThrow(() -> new NotFoundException("signalement de la demande " + request.number()));
  }

  private String actorName(Long actorId) {
    return actorId == null
        ? TenantRequest.LANDLORD
        : accounts.find(actorId).map(UserAccount::displayName).orElse(TenantRequest.LANDLORD);
  }

  private static String when(Instant at) {
    return WHEN.format(at.atZone(WorkingDays.PARIS));
  }

  private static String label(String key) {
    return TechnicalTexts.text(key, Locale.FRENCH);
  }

  private static String shorten(String text) {
    return text.length() <= TenantRequest.OUTCOME_MAX
        ? text
        : text.substring(0, TenantRequest.OUTCOME_MAX - 1) + "…";
  }
}
