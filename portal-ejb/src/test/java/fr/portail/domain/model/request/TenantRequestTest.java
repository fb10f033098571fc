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

    request.close("  Le plombier passe jeudi matin. ", OFFICER, CLOSED_AT);

    assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
    assertThat(request.isOpen()).isFalse();
    assertThat(request.outcome()).isEqualTo("Le plombier passe jeudi matin.");
    assertThat(request.closedAt()).isEqualTo(CLOSED_AT);
    assertThat(request.steps())
        .extracting(RequestStep::stepKey)
        .containsExactly("step.submitted", "step.inProgress", "step.closed");
    assertThat(request.steps().get(2).occurredAt()).isEqualTo(CLOSED_AT);
    assertThat(request.steps().get(2).actor()).isEqualTo(OFFICER);
  }

  @Test
  void closingTwiceIsRefused() {
    TenantRequest request = submitted();
    request.close("Le plombier passe jeudi matin.", OFFICER, CLOSED_AT);

    assertThatIllegalStateException()
        .isThrownBy(() -> request.close("Autre réponse", OFFICER, CLOSED_AT.plusSeconds(60)));
    assertThat(request.outcome()).isEqualTo("Le plombier passe jeudi matin.");
    assertThat(request.closedAt()).isEqualTo(CLOSED_AT);
    assertThat(request.steps()).hasSize(2);
  }

  @Test
  void aClosedRequestCannotBeTakenInHand() {
    TenantRequest request = submitted();
    request.close("Le plombier passe jeudi matin.", OFFICER, CLOSED_AT);

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

    assertRefused("request.outcome.invalid", () -> request.close(blank, OFFICER, CLOSED_AT));
    assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(request.isOpen()).isTrue();
    assertThat(request.closedAt()).isNull();
    assertThat(request.steps()).hasSize(2);
  }

  @Test
  void anOutcomeOver4000CharactersIsRefused() {
    TenantRequest request = submitted();

    assertRefused(
        "request.outcome.invalid", () -> request.close("o".repeat(4001), OFFICER, CLOSED_AT));
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
  void theSubmittedEventCarriesTheAgencyAndContract() {
    TenantRequest request = submitted();

    assertThat(request.submittedEvent())
        .isEqualTo(new RequestSubmitted(null, NUMBER, RequestType.CONTACT, "NORD", 42L));
  }

  @Test
  void contactRequestsRunTheContactRequestProcess() {
    assertThat(RequestType.CONTACT.processKey()).isEqualTo("contactRequest");
  }
}
