package fr.portail.application.internal;

import static fr.portail.application.internal.InsuranceTexts.date;
import static fr.portail.application.internal.InsuranceTexts.euros;
import static fr.portail.application.internal.InsuranceTexts.percent;

import fr.portail.application.InsuranceRenewalProcessing;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.SubstitutionInput;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.account.UserAccountRepository;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractRepository;
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.insurance.InsuranceRenewal;
import fr.portail.domain.model.insurance.InsuranceRenewalRepository;
import fr.portail.domain.model.insurance.SubstituteInstallment;
import fr.portail.domain.model.insurance.SubstituteInsurance;
import fr.portail.domain.model.request.RequestRepository;
import fr.portail.domain.model.request.RequestSubmitted;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed(Role.SYSTEM_NAME)
public class DefaultInsuranceRenewalProcessing implements InsuranceRenewalProcessing {

  /** The subject of a renewal the landlord opens, as "Mes demandes" lists it. */
  static final String LANDLORD_SUBJECT = "Renouvellement de l'attestation d'assurance habitation";

  private static final String WHERE_TO_SEND =
      " Envoyez-la depuis l'accueil de votre espace locataire ou depuis « Mon dossier ».";

  @Inject private RequestRepository requests;
  @Inject private InsuranceRenewalRepository renewals;
  @Inject private ContractRepository contracts;
  @Inject private UserAccountRepository accounts;
  @Inject private RequestNotifications notifications;
  @Inject private InsuranceLetters letters;
  @Inject private Event<RequestSubmitted> submitted;
  @Inject private Clock clock;

  @Override
  public void attestationRequested(Long requestId) {
    TenantRequest request = request(requestId);
    LocalDate end = renewal(request).coverageEndsOn();
    LocalDate today = LocalDate.now(clock);
    String detail;
    if (end == null) {
      detail =
          "Nous n'avons pas d'attestation d'assurance habitation pour votre logement."
              + WHERE_TO_SEND;
    } else if (end.isBefore(today)) {
      detail =
          "Votre attestation d'assurance habitation a expiré le " + date(end) + "." + WHERE_TO_SEND;
    } else {
      detail =
          "Votre attestation d'assurance habitation expire le "
              + date(end)
              + " : envoyez-nous la nouvelle."
              + WHERE_TO_SEND;
    }
    notifications.stepReached(
        request,
        request.awaitTenant(
            "step.insurance.attestationRequested",
            detail,
            TenantRequest.LANDLORD,
            clock.instant()));
  }

  @Override
  public void reminded(Long requestId) {
    TenantRequest request = request(requestId);
    notifications.stepReached(
        request,
        request.record(
            "step.insurance.reminder",
            "Nous attendons toujours votre attestation d'assurance habitation." + WHERE_TO_SEND,
            TenantRequest.LANDLORD,
            clock.instant(),
            true));
  }

  @Override
  public void formalNoticeServed(Long requestId) {
    TenantRequest request = request(requestId);
    InsuranceRenewal renewal = renewal(request);
    LocalDate today = LocalDate.now(clock);
    renewal.formalNoticeServed(today);
    LocalDate from = renewal.substitutionAllowedFrom();
    request.awaitTenant(
        "step.insurance.formalNotice",
        "Mise en demeure du "
            + date(today)
            + " : sans attestation d'assurance valable de votre part, votre bailleur pourra à"
            + " partir du "
            + date(from)
            + " souscrire une assurance habitation pour votre compte et en récupérer la prime,"
            + " majorée de 10 % au plus, par douzièmes avec votre loyer (loi n° 89-462 du 6"
            + " juillet 1989, article 7 g).",
        TenantRequest.LANDLORD,
        clock.instant());
    // A letter of its own, instead of the usual "your request moves on" e-mail.
    letters.formalNotice(request, today, from);
  }

  @Override
  public void accept(Long requestId, Long actorId) {
    TenantRequest request = request(requestId);
    InsuranceRenewal renewal = renewal(request);
    String actor = actorName(actorId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    InsuranceCertificate certificate = renewal.accept(actor, now);
    contracts.store(certificate);
    StringBuilder outcome =
        new StringBuilder("Votre attestation d'assurance ")
            .append(certificate.insurer())
            .append(", police n° ")
            .append(certificate.policyNumber())
            .append(", valable du ")
            .append(date(certificate.validFrom()))
            .append(" au ")
            .append(date(certificate.validTo()))
            .append(", est enregistrée.");
    renewals
        .substitutionInForce(request.contract().id(), today)
        .ifPresent(
            substitute -> {
              List<SubstituteInstallment> cancelled = substitute.end(today);
              outcome
                  .append(" L'assurance souscrite pour votre compte par votre bailleur prend fin ;")
                  .append(
                      cancelled.isEmpty()
                          ? " aucune mensualité ne restait à venir."
                          : " les "
                              + cancelled.size()
                              + " mensualités à venir sont annulées sur votre compte.");
            });
    notifications.stepReached(
        request, request.close(Resolution.APPROVED, outcome.toString(), actor, now));
  }

  @Override
  public void reject(Long requestId, String reason, Long actorId) {
    TenantRequest request = request(requestId);
    InsuranceRenewal renewal = renewal(request);
    String actor = actorName(actorId);
    Instant now = clock.instant();
    try {
      renewal.reject(reason, actor, now);
    } catch (InvalidValueException e) {
      throw new InvalidInputException("reason", "insurance.reason.required");
    }
    notifications.stepReached(
        request,
        request.awaitTenant("step.insurance.attestationRejected", reason.strip(), actor, now));
  }

  @Override
  public void substitute(Long requestId, SubstitutionInput input, Long actorId) {
    TenantRequest request = request(requestId);
    InsuranceRenewal renewal = renewal(request);
    Money premium = premium(input.annualPremium());
    BigDecimal surcharge = surcharge(input.surchargePercent());
    UserAccount officer = actorId == null ? null : accounts.find(actorId).orElse(null);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    SubstituteInsurance insurance;
    try {
      insurance =
          renewal.substitute(
              input.insurer(), input.policyNumber(), premium, surcharge, today, officer, now);
    } catch (InvalidValueException e) {
      throw new InvalidInputException(substitutionField(e.messageKey()), e.messageKey());
    } catch (IllegalStateException e) {
      throw new InvalidInputException(null, "insurance.substitution.notYet");
    }
    renewals.store(insurance);
    List<SubstituteInstallment> twelfths = insurance.installments();
    SubstituteInstallment first = twelfths.get(0);
    SubstituteInstallment last = twelfths.get(twelfths.size() - 1);
    String repayment =
        first.amount().equals(last.amount())
            ? "12 mensualités de " + euros(first.amount())
            : "11 mensualités de " + euros(first.amount()) + " puis une de " + euros(last.amount());
    String outcome =
        "Faute d'attestation d'assurance un mois après la mise en demeure du "
            + date(renewal.formalNoticeOn())
            + ", votre bailleur a souscrit une assurance habitation pour votre compte auprès de "
            + insurance.insurer()
            + " (police n° "
            + insurance.policyNumber()
            + "), du "
            + date(insurance.startsOn())
            + " au "
            + date(insurance.endsOn())
            + ". La prime annuelle de "
            + euros(premium)
            + ", majorée de "
            + percent(surcharge)
            + ", soit "
            + euros(insurance.total())
            + ", est récupérée avec votre loyer : "
            + repayment
            + ", à partir du "
            + date(first.dueOn())
            + ". Dès que votre propre attestation est acceptée, les mensualités suivantes sont"
            + " annulées.";
    notifications.stepReached(
        request, request.close(Resolution.EXPIRED, outcome, actorName(actorId), now));
  }

  @Override
  public Long openOnExpiry(Long contractId) {
    Contract contract =
        contracts
            .find(contractId)
            .filter(Contract::isActive)
            .orElseThrow(() -> new NotFoundException("contrat " + contractId));
    // The tenant may be sending his attestation for this contract at this very moment.
    renewals.lockContract(contractId);
    if (requests.findOpen(contractId, RequestType.INSURANCE_RENEWAL).isPresent()) {
      return null;
    }
    LocalDate end = renewals.coverageEnd(contractId).orElse(null);
    TenantRequest request =
        TenantRequest.openByLandlord(
            requests.nextNumber(),
            contract,
            RequestType.INSURANCE_RENEWAL,
            LANDLORD_SUBJECT,
            clock.instant());
    requests.store(request);
    renewals.store(InsuranceRenewal.openedOnExpiry(request, end));
    Map<String, Object> facts = new HashMap<>();
    facts.put(ATTESTATION_ATTACHED, false);
    if (end != null) {
      facts.put(COVERAGE_ENDS_ON, end.toString());
    }
    // The process asks the tenant for his attestation at once (that step is e-mailed to him).
    submitted.fire(request.submittedEvent(facts));
    return request.id();
  }

  private static Money premium(String typed) {
    try {
      return SubstituteInsurance.requirePremium(Money.euros(decimal(typed)));
    } catch (InvalidValueException e) {
      throw new InvalidInputException("annualPremium", "insurance.premium.invalid");
    }
  }

  private static BigDecimal surcharge(String typed) {
    try {
      return SubstituteInsurance.requireSurcharge(new BigDecimal(decimal(typed)));
    } catch (NumberFormatException | NullPointerException | InvalidValueException e) {
      throw new InvalidInputException("surchargePercent", "insurance.surcharge.invalid");
    }
  }

  /** "1 234,50" as typed by a French reader, as "1234.50". */
  private static String decimal(String typed) {
    return typed == null
        ? null
        : typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
  }

  private static String substitutionField(String messageKey) {
    return switch (messageKey) {
      case "insurance.substituteInsurer.invalid" -> "substituteInsurer";
      case "insurance.substitutePolicy.invalid" -> "substitutePolicyNumber";
      case "insurance.surcharge.invalid" -> "surchargePercent";
      default -> "annualPremium";
    };
  }

  private TenantRequest request(Long requestId) {
    return requests
        .find(requestId)
        .orElseThrow(() -> new NotFoundException("demande " + requestId));
  }

  private InsuranceRenewal renewal(TenantRequest request) {
    return renewals
        .findByRequest(request.id())
        .orElseThrow(() -> new NotFoundException("renouvellement " + request.number()));
  }

  private String actorName(Long actorId) {
    return actorId == null
        ? TenantRequest.LANDLORD
        : accounts.find(actorId).map(UserAccount::displayName).orElse(TenantRequest.LANDLORD);
  }
}
