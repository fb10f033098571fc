package fr.portail.domain.model.contract;

import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerEntryTest {

  private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

  @Test
  void keepsItsDateKindTrimmedLabelAndAmount() {
    LedgerEntry entry =
        new LedgerEntry(
            contract(),
            DATE,
            LedgerEntryKind.RENT_CALL,
            "  Avis d'échéance mars 2024 ",
            Money.euros("512.40"));

    assertThat(entry.entryDate()).isEqualTo(DATE);
    assertThat(entry.kind()).isEqualTo(LedgerEntryKind.RENT_CALL);
    assertThat(entry.label()).isEqualTo("Avis d'échéance mars 2024");
    assertThat(entry.amount()).isEqualTo(Money.euros("512.40"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesABlankLabel(String label) {
    assertRefused(
        "ledger.label.invalid",
        () -> new LedgerEntry(contract(), DATE, LedgerEntryKind.PAYMENT, label, Money.ZERO));
  }

  @Test
  void refusesALabelOverTwoHundredCharacters() {
    assertRefused(
        "ledger.label.invalid",
        () ->
            new LedgerEntry(
                contract(), DATE, LedgerEntryKind.ADJUSTMENT, "x".repeat(201), Money.ZERO));
    assertRefused(
        "ledger.label.invalid",
        () ->
            new LedgerEntry(
                contract(), DATE, LedgerEntryKind.ADJUSTMENT, "x".repeat(10_000), Money.ZERO));
  }
}
