package fr.portail.domain.model.bank;

import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.Refusals.assertRefused;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.DirectDebitMandate;
import fr.portail.domain.model.contract.Iban;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.EmailAddress;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankDetailsChangeTest {

  private static final Iban OLD = new Iban("FR7630006000011234567890189");
  private static final Iban NEW = new Iban(SepaIbanTest.FR);
  private static final Instant AT = Instant.parse("2026-12-20T10:00:00Z");
  private static final AccountHolder HOLDER =
      new AccountHolder("Dupont", "Martine", "3 allée des Tilleuls", "78000", "Versailles");

  private Contract contract;
  private DirectDebitMandate onFile;
  private TenantRequest request;

  @BeforeEach
  void setUp() {
    contract = withId(contract(), 42L);
    contract.debitOn(5);
    onFile =
        new DirectDebitMandate(
            contract,
            "RUM-0123456789",
            OLD,
            "BNPAFRPPXXX",
            "BNP Paribas",
            "DUPONT Martine",
            LocalDate.of(2020, 9, 1));
    request = request(RequestType.BANK_DETAILS_CHANGE);
  }

  private TenantRequest request(RequestType type) {
    UserAccount tenant =
        UserAccount.tenant(
            new EmailAddress("martine.dupont@example.fr"), "hash", person("Dupont", "Martine"));
    return TenantRequest.submitForm("1000001", contract, tenant, type, "Nouveau RIB", AT);
  }

  private BankDetailsChange requested() {
    return BankDetailsChange.requested(
        request, NEW, new Bic("CCBPFRPPVER"), "Banque Populaire", HOLDER, onFile);
  }

  @Test
  void aRequestedChangeWaitsForTheOfficerWithoutTouchingTheMandate() {
    BankDetailsChange change = requested();

    assertThat(change.status()).isEqualTo(BankDetailsChangeStatus.PENDING);
    assertThat(change.contract()).isSameAs(contract);
    assertThat(change.iban()).isEqualTo(NEW);
    assertThat(change.effectiveFrom()).isNull();
    assertThat(change.amendment()).isNull();
    assertThat(onFile.iban()).isEqualTo(OLD);
  }

  @Test
  void theAccountDebitedAlreadyIsNotANewOne() {
    assertRefused(
        "bank.iban.same",
        () ->
            BankDetailsChange.requested(
                request, OLD, new Bic("BNPAFRPP"), "BNP Paribas", HOLDER, onFile));
  }

  @Test
  void theBankMustBeInTheCountryOfTheAccount() {
    assertThatThrownBy(
            () ->
                BankDetailsChange.requested(
                    request, NEW, new Bic("COBADEFF"), "Commerzbank", HOLDER, onFile))
        .isInstanceOfSatisfying(
            BankDetailRefused.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("bank.bic.notIbanCountry");
              assertThat(e.field()).isEqualTo("bic");
              assertThat(e.args()).containsExactly("DE", "FR");
            });
  }

  @Test
  void onlyAContractPayingByDirectDebitChangesItsRibHere() {
    assertRefused(
        "bank.noDirectDebit",
        () ->
            BankDetailsChange.requested(
                request, NEW, new Bic("CCBPFRPP"), "Banque Populaire", HOLDER, null));
    contract.debitOn(null);
    assertRefused(
        "bank.noDirectDebit",
        () ->
            BankDetailsChange.requested(
                request, NEW, new Bic("CCBPFRPP"), "Banque Populaire", HOLDER, onFile));
  }

  @Test
  void onlyARequestOfItsKindCarriesAChange() {
    TenantRequest contact = request(RequestType.CONTACT);
    assertThatThrownBy(
            () ->
                BankDetailsChange.requested(
                    contact, NEW, new Bic("CCBPFRPP"), "Banque Populaire", HOLDER, onFile))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBankNameIsPlainText() {
    assertThat(BankDetailsChange.bankName("  Crédit  Agricole d'Île-de-France "))
        .isEqualTo("Crédit Agricole d'Île-de-France");
    assertRefused("bank.bankName.required", () -> BankDetailsChange.bankName(""));
    assertRefused("bank.bankName.tooLong", () -> BankDetailsChange.bankName("B".repeat(10_000)));
    assertRefused("bank.bankName.invalid", () -> BankDetailsChange.bankName("<script>x</script>"));
  }

  @Test
  void approvalAmendsTheMandateWithTheSameReferenceFromTheFirstDebitDayFourteenDaysAway() {
    BankDetailsChange change = requested();

    DirectDebitMandate amendment = change.approve(onFile, LocalDate.of(2026, 12, 20), AT);

    assertThat(amendment).isNotSameAs(onFile);
    assertThat(amendment.reference()).isEqualTo("RUM-0123456789");
    assertThat(amendment.iban()).isEqualTo(NEW);
    assertThat(amendment.bic()).isEqualTo("CCBPFRPPVER");
    assertThat(amendment.bankName()).isEqualTo("Banque Populaire");
    assertThat(amendment.holderName()).isEqualTo("DUPONT Martine");
    assertThat(amendment.holderAddress())
        .isEqualTo(new Address("3 allée des Tilleuls", "78000", "Versailles"));
    assertThat(amendment.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(change.status()).isEqualTo(BankDetailsChangeStatus.APPROVED);
    assertThat(change.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(change.amendment()).isSameAs(amendment);
    assertThat(change.decidedAt()).isEqualTo(AT);
    assertThat(onFile.iban()).as("the mandate on file keeps its account").isEqualTo(OLD);
  }

  @Test
  void aRefusalLeavesTheMandateUnchanged() {
    BankDetailsChange change = requested();

    change.reject(AT);

    assertThat(change.status()).isEqualTo(BankDetailsChangeStatus.REJECTED);
    assertThat(change.amendment()).isNull();
    assertThat(change.effectiveFrom()).isNull();
    assertThat(onFile.iban()).isEqualTo(OLD);
  }

  @Test
  void aChangeIsDecidedOnce() {
    BankDetailsChange approved = requested();
    approved.approve(onFile, LocalDate.of(2026, 12, 20), AT);
    assertThatIllegalStateException().isThrownBy(() -> approved.reject(AT));
    assertThatIllegalStateException()
        .isThrownBy(() -> approved.approve(onFile, LocalDate.of(2026, 12, 21), AT));

    BankDetailsChange rejected = requested();
    rejected.reject(AT);
    assertThatIllegalStateException()
        .isThrownBy(() -> rejected.approve(onFile, LocalDate.of(2026, 12, 21), AT));
  }

  @Test
  void anAmendmentCannotTakeEffectBeforeTheMandateItAmends() {
    assertRefused(
        "mandate.amendment.date",
        () ->
            onFile.amendedTo(
                NEW, "CCBPFRPP", "BP", "DUPONT Martine", null, LocalDate.of(2020, 8, 31)));
    assertThat(
            onFile
                .amendedTo(NEW, "CCBPFRPP", "BP", "DUPONT Martine", null, LocalDate.of(2020, 9, 1))
                .effectiveFrom())
        .as("the same date replaces it")
        .isEqualTo(LocalDate.of(2020, 9, 1));
  }
}
