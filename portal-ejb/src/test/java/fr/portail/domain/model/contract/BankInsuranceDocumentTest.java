package fr.portail.domain.model.contract;

import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankInsuranceDocumentTest {

  private static final String IBAN = "FR7630006000011234567890189";

  @Test
  void anIbanIsCompactedAndMaskedButForCountryCheckDigitsAndLastThree() {
    Iban iban = new Iban("fr76 3000 6000 0112 3456 7890 189");

    assertThat(iban.value()).isEqualTo(IBAN);
    assertThat(iban.masked()).isEqualTo("FR76 **** **** **** **** **** 189");
    assertThat(iban.toString()).doesNotContain("3000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FR7630006000011234567890188",
        "FR763000600001123456789018",
        "XX7630006000011234567890189",
        "<script>",
        ""
      })
  void anIbanWithAWrongCheckOrLengthIsRefused(String input) {
    assertRefused("iban.invalid", () -> new Iban(input));
  }

  @Test
  void aMandateChecksItsBicAndMasksIt() {
    DirectDebitMandate mandate =
        new DirectDebitMandate(
            contract(),
            "RUM-1",
            new Iban(IBAN),
            "bnpafrpp",
            "BNP",
            "DUPONT M",
            LocalDate.of(2020, 1, 1));

    assertThat(mandate.bic()).isEqualTo("BNPAFRPP");
    assertThat(mandate.maskedBic()).isEqualTo("BNPA****");
    assertRefused(
        "bic.invalid",
        () ->
            new DirectDebitMandate(
                contract(),
                "RUM-1",
                new Iban(IBAN),
                "BNP1",
                "BNP",
                "DUPONT M",
                LocalDate.of(2020, 1, 1)));
  }

  @Test
  void anAttestationCoversItsPeriodInclusively() {
    InsuranceCertificate certificate =
        new InsuranceCertificate(
            contract(),
            "MAIF",
            "POL-1",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            Instant.parse("2026-01-02T10:00:00Z"));

    assertThat(certificate.covers(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(certificate.covers(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(certificate.covers(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(certificate.covers(LocalDate.of(2025, 12, 31))).isFalse();
  }

  @Test
  void anAttestationEndingBeforeItStartsIsRefused() {
    assertRefused(
        "insurance.period.invalid",
        () ->
            new InsuranceCertificate(
                contract(),
                "MAIF",
                "POL-1",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1),
                Instant.EPOCH));
  }

  @Test
  void aDocumentMustBeAPdfAndKeepsItsChecksumAndANameMadeFromTheData() {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Contract contract = contract();

    TenantDocument document =
        new TenantDocument(
            contract, DocumentKind.RECEIPT, YearMonth.of(2026, 3), pdf, Instant.EPOCH);

    assertThat(document.sha256()).isEqualTo(TenantDocument.sha256(pdf)).hasSize(64);
    assertThat(document.fileName())
        .isEqualTo("quittance-" + contract.fileNumber().value() + "-2026-03.pdf");
    assertThat(document.content()).isEqualTo(pdf);
    assertRefused(
        "document.notPdf",
        () ->
            new TenantDocument(
                contract,
                DocumentKind.RECEIPT,
                YearMonth.of(2026, 3),
                "<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII),
                Instant.EPOCH));
  }

  @Test
  void paperlessConsentKeepsItsFirstDateUntilStopped() {
    Contract contract = contract();
    contract.subscribePaperless(Instant.parse("2024-04-13T10:00:00Z"));
    contract.subscribePaperless(Instant.parse("2025-01-01T10:00:00Z"));

    assertThat(contract.paperlessSince()).isEqualTo(Instant.parse("2024-04-13T10:00:00Z"));
    contract.stopPaperless();
    assertThat(contract.paperlessSince()).isNull();
  }
}
