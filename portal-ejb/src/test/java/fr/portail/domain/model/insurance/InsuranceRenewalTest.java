package fr.portail.domain.model.insurance;

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
import fr.portail.domain.model.contract.InsuranceCertificate;
import fr.portail.domain.model.contract.LedgerEntryKind;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.Money;
import fr.portail.domain.shared.UploadedFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InsuranceRenewalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
  private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
  private static final AttestationPeriod YEAR =
      new AttestationPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28));

  private Contract contract;
  private UserAccount tenant;

  @BeforeEach
  void setUp() {
    contract = withId(contract(agency("NORD")), 42L);
    Person martine = withId(person("Dupont", "Martine"), 5L);
    contract.addOccupant(martine, null, true);
    tenant = UserAccount.tenant(new EmailAddress("martine.dupont@example.fr"), "hash", martine);
  }

  @Test
  void theAcceptedAttestationBecomesTheContractsCertificate() {
    InsuranceRenewal renewal = byTenant();
    AttestationSubmission sent = send(renewal, "MAIF", "POL-1");

    InsuranceCertificate certificate = renewal.accept("Claire Fontaine", NOW);

    assertThat(certificate.insurer()).isEqualTo("MAIF");
    assertThat(certificate.policyNumber()).isEqualTo("POL-1");
    assertThat(certificate.validFrom()).isEqualTo(YEAR.validFrom());
    assertThat(certificate.validTo()).isEqualTo(YEAR.validTo());
    assertThat(certificate.covers(TODAY)).isTrue();
    assertThat(sent.decision()).isEqualTo(AttestationDecision.ACCEPTED);
    assertThat(sent.decidedBy()).isEqualTo("Claire Fontaine");
    assertThat(renewal.pending()).isEmpty();
  }

  @Test
  void aRefusedAttestationStaysInTheHistoryWithItsReasonAndAnotherMayBeSent() {
    InsuranceRenewal renewal = byTenant();
    send(renewal, "MAIF", "POL-1");
    renewal.reject("  Le document ne porte pas votre nom.  ", "Claire Fontaine", NOW);

    AttestationSubmission second = send(renewal, "MAIF", "POL-2");

    assertThat(renewal.submissions())
        .extracting(
            AttestationSubmission::policyNumber,
            AttestationSubmission::decision,
            AttestationSubmission::rejectionReason)
        .containsExactly(
            tuple("POL-1", AttestationDecision.REJECTED, "Le document ne porte pas votre nom."),
            tuple("POL-2", AttestationDecision.PENDING, null));
    assertThat(renewal.pending()).contains(second);
    assertThat(renewal.latest()).contains(second);
  }

  @Test
  void aRefusalNeedsAReason() {
    InsuranceRenewal renewal = byTenant();
    send(renewal, "MAIF", "POL-1");

    assertRefused("insurance.reason.required", () -> renewal.reject(" ", "Claire", NOW));
    assertThat(renewal.pending()).isPresent();
  }

  @Test
  void noSecondAttestationWhileOneIsChecked() {
    InsuranceRenewal renewal = byTenant();
    send(renewal, "MAIF", "POL-1");

    assertThatIllegalStateException().isThrownBy(() -> send(renewal, "MAIF", "POL-2"));
    assertThat(renewal.submissions()).hasSize(1);
  }

  @Test
  void nothingToDecideWithoutAnAttestation() {
    InsuranceRenewal renewal = onExpiry();

    assertThatIllegalStateException().isThrownBy(() -> renewal.accept("Claire", NOW));
    assertThatIllegalStateException().isThrownBy(() -> renewal.reject("Non", "Claire", NOW));
  }

  @Test
  void theTypedDataIsCheckedAndAnExpiredPeriodRefused() {
    InsuranceRenewal renewal = byTenant();
    RequestDocument document = document(renewal.request());

    assertRefused(
        "insurance.insurer.invalid",
        () -> renewal.submit("x".repeat(121), "P", YEAR, TODAY, document, tenant, NOW));
    assertRefused(
        "insurance.policy.invalid",
        () -> renewal.submit("MAIF", " ", YEAR, TODAY, document, tenant, NOW));
    AttestationPeriod ended =
        new AttestationPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertRefused(
        "insurance.period.expired",
        () -> renewal.submit("MAIF", "P", ended, TODAY, document, tenant, NOW));
    assertThat(renewal.submissions()).isEmpty();
  }

  @Test
  void theDocumentMustBeJoinedToThisRenewalsRequest() {
    InsuranceRenewal renewal = byTenant();
    RequestDocument another = document(request(tenant));

    assertThatThrownBy(() -> renewal.submit("MAIF", "P", YEAR, TODAY, another, tenant, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLandlordInsuresForTheTenantOnlyAMonthAfterTheFormalNotice() {
    InsuranceRenewal renewal = onExpiry();
    LocalDate served = LocalDate.of(2026, 1, 31);

    assertThatIllegalStateException()
        .as("no notice served")
        .isThrownBy(() -> substitute(renewal, served.plusMonths(2)));
    renewal.formalNoticeServed(served);
    assertThat(renewal.substitutionAllowedFrom()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThatIllegalStateException()
        .isThrownBy(() -> substitute(renewal, LocalDate.of(2026, 2, 27)));
    assertThatIllegalStateException()
        .as("served once")
        .isThrownBy(() -> renewal.formalNoticeServed(served.plusDays(1)));

    SubstituteInsurance insurance = substitute(renewal, LocalDate.of(2026, 2, 28));
    assertThat(insurance.startsOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(insurance.endsOn()).isEqualTo(LocalDate.of(2027, 2, 27));
  }

  @Test
  void theTwelfthsAreChargedOnTheFirstOfEachOfTheTwelveNextMonths() {
    InsuranceRenewal renewal = noticed();

    SubstituteInsurance insurance = substitute(renewal, TODAY);

    List<SubstituteInstallment> twelfths = insurance.installments();
    assertThat(twelfths).hasSize(12);
    assertThat(twelfths.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(twelfths.get(11).dueOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(twelfths.get(0).entry().label())
        .isEqualTo("Assurance pour compte du locataire 1/12");
    assertThat(twelfths.get(11).entry().label())
        .isEqualTo("Assurance pour compte du locataire 12/12");
    assertThat(twelfths)
        .allSatisfy(
            t -> {
              assertThat(t.entry().kind()).isEqualTo(LedgerEntryKind.ADJUSTMENT);
              assertThat(t.entry().amount()).isEqualTo(t.amount());
              assertThat(t.entry().entryDate()).isEqualTo(t.dueOn());
              assertThat(t.entry().contract()).isSameAs(contract);
            });
    assertThat(insurance.total()).isEqualTo(Money.euros("264.00"));
    assertThat(insurance.inForceOn(TODAY)).isTrue();
  }

  @Test
  void theTenantsOwnAttestationCancelsTheInstalmentsNotYetDue() {
    SubstituteInsurance insurance = substitute(noticed(), TODAY);

    List<SubstituteInstallment> cancelled = insurance.end(LocalDate.of(2026, 6, 15));

    assertThat(cancelled)
        .extracting(SubstituteInstallment::number)
        .containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(cancelled)
        .allSatisfy(
            t -> {
              assertThat(t.cancellation().amount()).isEqualTo(t.amount().negate());
              assertThat(t.cancellation().entryDate()).isEqualTo(t.dueOn());
              assertThat(t.cancellation().label()).startsWith("Annulation : assurance pour");
            });
    assertThat(insurance.installments().subList(0, 3))
        .as("April, May and June stay owed")
        .noneMatch(SubstituteInstallment::cancelled);
    assertThat(insurance.inForceOn(LocalDate.of(2026, 6, 16))).isFalse();
    assertThatIllegalStateException().isThrownBy(() -> insurance.end(LocalDate.of(2026, 7, 1)));
  }

  @Test
  void onlyARenewalRequestOfAHousingContractMakesARenewal() {
    TenantRequest contact =
        TenantRequest.submit("1", contract, tenant, RequestType.CONTACT, "S", "M", NOW);

    assertThatThrownBy(() -> InsuranceRenewal.requestedByTenant(contact, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InsuranceRenewal.openedOnExpiry(request(tenant), null))
        .as("the scan opens landlord's requests only")
        .isInstanceOf(IllegalArgumentException.class);
  }

  private SubstituteInsurance substitute(InsuranceRenewal renewal, LocalDate today) {
    return renewal.substitute(
        "AXA", "PAC-1", Money.euros("240.00"), new BigDecimal("10"), today, null, NOW);
  }

  private InsuranceRenewal noticed() {
    InsuranceRenewal renewal = onExpiry();
    renewal.formalNoticeServed(TODAY.minusMonths(1));
    return renewal;
  }

  private AttestationSubmission send(InsuranceRenewal renewal, String insurer, String policy) {
    return renewal.submit(insurer, policy, YEAR, TODAY, document(renewal.request()), tenant, NOW);
  }

  private InsuranceRenewal byTenant() {
    return InsuranceRenewal.requestedByTenant(request(tenant), LocalDate.of(2026, 2, 28));
  }

  private InsuranceRenewal onExpiry() {
    return InsuranceRenewal.openedOnExpiry(
        TenantRequest.openByLandlord(
            "1000002", contract, RequestType.INSURANCE_RENEWAL, "Renouvellement", NOW),
        LocalDate.of(2026, 2, 28));
  }

  private TenantRequest request(UserAccount by) {
    return TenantRequest.submitForm(
        "1000001", contract, by, RequestType.INSURANCE_RENEWAL, "Attestation", NOW);
  }

  private RequestDocument document(TenantRequest request) {
    return new RequestDocument(
        request,
        AttachmentKind.INSURANCE_ATTESTATION,
        new UploadedFile(
            "attestation.pdf", FileType.PDF, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)),
        tenant,
        NOW);
  }
}
