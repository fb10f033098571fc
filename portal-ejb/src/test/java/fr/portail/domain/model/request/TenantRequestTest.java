package fr.portail.domain.model.request;

import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.Refusals.assertRefused;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRequestTest {

  private static final String NUMBER = "DEM-1000001";
  private static final Instant SUBMITTED_AT = Instant.parse("2024-03-15T09:00:00Z");
  private static final Instant TAKEN_AT = Instant.parse("2024-03-15T14:30:00Z");
  private static final Instant CLOSED_AT = Instant.parse("2024-03-18T10:00:00Z");
  private static final String OFFICER = "Claire Martin";

  private Contract contract;
  private UserAccount tenant;

  @BeforeEach
  void setUp() {
    contract = withId(contract(agency("NORD")), 42L);
    tenant =
        UserAccount.tenant(
            new EmailAddress("martine.dupont@example.fr"), "hash", person("Dupont", "Martine"));
  }

  private TenantRequest submit(String subject, String message) {
    return TenantRequest.submit(
        NUMBER, contract, tenant, RequestType.CONTACT, subject, message, SUBMITTED_AT);
  }

  private TenantRequest submitted() {
    return submit("Fuite sous l'évier", "Bonjour, une fuite d'eau depuis hier soir.");
  }

  @Test
  void aNewRequestIsSubmittedWithOneStep() {
    TenantRequest request =
        submit("  Fuite sous l'évier ", "\n Bonjour, une fuite d'eau depuis hier soir. \n");

    assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
    assertThat(request.isOpen()).isTrue();
    assertThat(request.number()).isEqualTo(NUMBER);
    assertThat(request.contract()).isSameAs(contract);
    assertThat(request.submittedBy()).isSameAs(tenant);
    assertThat(request.type()).isEqualTo(RequestType.CONTACT);
    assertThat(request.subject()).isEqualTo("Fuite sous l'évier");
    assertThat(request.message()).isEqualTo("Bonjour, une fuite d'eau depuis hier soir.");
    assertThat(request.submittedAt()).isEqualTo(SUBMITTED_AT);
    assertThat(request.outcome()).isNull();
    assertThat(request.closedAt()).isNull();
    assertThat(request.steps())
        .extracting(RequestStep::stepKey, RequestStep::occurredAt, RequestStep::actor)
        .containsExactly(tuple("step.submitted", SUBMITTED_AT, "DUPONT Martine"));
  }

  @Test
  void submitOnAnEndedContractIsRefused() {
    contract.end();

    assertThatIllegalStateException().isThrownBy(this::submitted);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t"})
  void refusesABlankSubjectOrMessage(String blank) {
    assertRefused("request.subject.invalid", () -> submit(blank, "Bonjour"));
    assertRefused("request.message.invalid", () -> submit("Fuite", blank));
  }

  @Test
  void subjectIsLimitedTo150Characters() {
    assertThat(submit("s".repeat(TenantRequest.SUBJECT_MAX), "Bonjour").subject()).hasSize(150);
    assertRefused("request.subject.invalid", () -> submit("s".repeat(151), "Bonjour"));
    assertRefused("request.subject.invalid", () -> submit("s".repeat(10_000), "Bonjour"));
  }

  @Test
  void messageIsLimitedTo4000Characters() {
    assertThat(submit("Fuite", "m".repeat(TenantRequest.MESSAGE_MAX)).message()).hasSize(4000);
    assertRefused("request.message.invalid", () -> submit("Fuite", "m".repeat(4001)));
    assertRefused("request.message.invalid", () -> submit("Fuite", "m".repeat(10_000)));
  }

  @Test
  void takenInHandPutsTheRequestInProgress() {
    TenantRequest request = submitted();

    request.takenInHand(OFFICER, TAKEN_AT);

    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.isOpen()).isTrue();
    assertThat(request.steps())
        .extracting(RequestStep::stepKey, RequestStep::occurredAt, RequestStep::actor)
        .containsExactly(
            tuple("step.submitted", SUBMITTED_AT, "DUPONT Martine"),
            tuple("step.inProgress", TAKEN_AT, OFFICER));
  }

  @Test
  void closeRecordsTheOutcome() {
    TenantRequest request = submitted();
    request.takenInHand(OFFICER, TAKEN_AT);

    request.close(Resolution.ANSWERED, "  Le plombier passe jeudi matin. ", OFFICER, CLOSED_AT);

    assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(request.isOpen()).isFalse();
    assertThat(request.outcome()).isEqualTo("Le plombier passe jeudi matin.");
    assertThat(request.closedAt()).isEqualTo(CLOSED_AT);
    assertThat(request.steps())
        .extracting(RequestStep::stepKey)
        .containsExactly("step.submitted", "step.inProgress", "step.closed.ANSWERED");
    assertThat(request.steps().get(2).occurredAt()).isEqualTo(CLOSED_AT);
    assertThat(request.steps().get(2).actor()).isEqualTo(OFFICER);
  }

  @Test
  void closingTwiceIsRefused() {
    TenantRequest request = submitted();
    request.close(Resolution.ANSWERED, "Le plombier passe jeudi matin.", OFFICER, CLOSED_AT);

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                request.close(
                    Resolution.ANSWERED, "Autre réponse", OFFICER, CLOSED_AT.plusSeconds(60)));
    assertThat(request.outcome()).isEqualTo("Le plombier passe jeudi matin.");
    assertThat(request.closedAt()).isEqualTo(CLOSED_AT);
    assertThat(request.steps()).hasSize(2);
  }

  @Test
  void aClosedRequestCannotBeTakenInHand() {
    TenantRequest request = submitted();
    request.close(Resolution.ANSWERED, "Le plombier passe jeudi matin.", OFFICER, CLOSED_AT);

    assertThatIllegalStateException()
        .isThrownBy(() -> request.takenInHand(OFFICER, CLOSED_AT.plusSeconds(60)));
    assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(request.steps()).hasSize(2);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void aBlankOutcomeIsRefusedAndTheRequestStaysOpen(String blank) {
    TenantRequest request = submitted();
    request.takenInHand(OFFICER, TAKEN_AT);

    assertRefused(
        "request.outcome.invalid",
        () -> request.close(Resolution.ANSWERED, blank, OFFICER, CLOSED_AT));
    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.isOpen()).isTrue();
    assertThat(request.closedAt()).isNull();
    assertThat(request.steps()).hasSize(2);
  }

  @Test
  void anOutcomeOver4000CharactersIsRefused() {
    TenantRequest request = submitted();

    assertRefused(
        "request.outcome.invalid",
        () -> request.close(Resolution.ANSWERED, "o".repeat(4001), OFFICER, CLOSED_AT));
    assertThat(request.isOpen()).isTrue();
  }

  @Test
  void stepsCannotBeChangedFromOutside() {
    TenantRequest request = submitted();

    assertThatThrownBy(() -> request.steps().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(request.steps()).hasSize(1);
  }

  @Test
  void theSubmittedEventCarriesWhatTheInboxAndTheProcessNeed() {
    TenantRequest request = submitted();

    RequestSubmitted event = request.submittedEvent(Map.of("withDocument", true));

    assertThat(event.requestNumber()).isEqualTo(NUMBER);
    assertThat(event.type()).isEqualTo(RequestType.CONTACT);
    assertThat(event.agencyCode()).isEqualTo("NORD");
    assertThat(event.contractId()).isEqualTo(42L);
    assertThat(event.residenceName()).isEqualTo("Résidence des Tilleuls");
    assertThat(event.facts()).containsEntry("withDocument", true);
  }

  @Test
  void aSecondTakingInHandAddsNoStep() {
    TenantRequest request = submitted();
    request.takenInHand(OFFICER, TAKEN_AT);

    request.takenInHand("Un collègue", TAKEN_AT.plusSeconds(60));

    assertThat(request.steps())
        .extracting(RequestStep::stepKey)
        .containsExactly("step.submitted", "step.inProgress");
  }

  @Test
  void waitingForTheTenantThenHisAnswerPutTheRequestBackInProgress() {
    TenantRequest request = submitted();
    request.takenInHand(OFFICER, TAKEN_AT);

    request.awaitTenant("step.documentRequested", "Acte de naissance", OFFICER, TAKEN_AT);
    assertThat(request.status()).isEqualTo(RequestStatus.WAITING_TENANT);
    assertThat(request.isWaitingForTenant()).isTrue();

    request.tenantAnswered("step.documentReceived", null, "DUPONT Martine", CLOSED_AT);
    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.steps())
        .extracting(RequestStep::stepKey, RequestStep::detail)
        .endsWith(
            tuple("step.documentRequested", "Acte de naissance"),
            tuple("step.documentReceived", null));
  }

  @Test
  void anAnswerNobodyWaitsForIsRefused() {
    TenantRequest request = submitted();

    assertThatIllegalStateException()
        .isThrownBy(() -> request.tenantAnswered("step.documentReceived", null, "X", CLOSED_AT));
    assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
  }

  @Test
  void internalStepsAreLeftOutOfWhatTheTenantReads() {
    TenantRequest request = submitted();

    request.record("step.note", "Vu avec le gardien", OFFICER, TAKEN_AT, false);
    request.record("step.reminderSent", null, null, CLOSED_AT, true);

    assertThat(request.steps()).hasSize(3);
    assertThat(request.tenantSteps())
        .extracting(RequestStep::stepKey)
        .containsExactly("step.submitted", "step.reminderSent");
  }

  @Test
  void aStepKeyMustBeAKeyOfTheBundle() {
    TenantRequest request = submitted();

    assertThatThrownBy(() -> request.record("<b>x</b>", null, OFFICER, TAKEN_AT, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(request.steps()).hasSize(1);
  }

  @Test
  void aRefusalNeedsAReasonAnApprovalDoesNot() {
    TenantRequest refused = submitted();
    assertRefused(
        "request.outcome.invalid",
        () -> refused.close(Resolution.REJECTED, " ", OFFICER, CLOSED_AT));
    assertThat(refused.isOpen()).isTrue();

    TenantRequest approved = submitted();
    approved.close(Resolution.APPROVED, null, OFFICER, CLOSED_AT);
    assertThat(approved.resolution()).isEqualTo(Resolution.APPROVED);
    assertThat(approved.outcome()).isNull();
    assertThat(approved.steps()).extracting(RequestStep::stepKey).endsWith("step.closed.APPROVED");
  }

  @Test
  void theLandlordOpensARequestWithoutATenantAuthor() {
    TenantRequest request =
        TenantRequest.openByLandlord(
            NUMBER,
            contract,
            RequestType.INSURANCE_RENEWAL,
            "Attestation d'assurance",
            SUBMITTED_AT);

    assertThat(request.submittedBy()).isNull();
    assertThat(request.message()).isNull();
    assertThat(request.steps())
        .extracting(RequestStep::stepKey, RequestStep::actor)
        .containsExactly(tuple("step.openedByLandlord", null));
  }

  @Test
  void contactRequestsRunTheContactRequestProcess() {
    assertThat(RequestType.CONTACT.processKey()).isEqualTo("contactRequest");
  }
}
