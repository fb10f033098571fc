package fr.portail.infrastructure.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsuranceExpiryScanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  @Test
  void theHorizonIsTodayPlusTheDaysAheadGivenOrConfigured() {
    assertThat(InsuranceExpiryScan.horizon("0", 15, TODAY)).isEqualTo(TODAY);
    assertThat(InsuranceExpiryScan.horizon(" 30 ", 15, TODAY)).isEqualTo(TODAY.plusDays(30));
    assertThat(InsuranceExpiryScan.horizon(null, 15, TODAY)).isEqualTo(TODAY.plusDays(15));
    assertThat(InsuranceExpiryScan.horizon("", 7, TODAY)).isEqualTo(TODAY.plusDays(7));
  }

  @Test
  void daysAheadOutOfZeroToNinetyOrNotANumberFailTheJob() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InsuranceExpiryScan.horizon("-1", 15, TODAY));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InsuranceExpiryScan.horizon("91", 15, TODAY));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InsuranceExpiryScan.horizon("quinze", 15, TODAY));
    assertThat(InsuranceExpiryScan.horizon("90", 15, TODAY)).isEqualTo(TODAY.plusDays(90));
  }

  @Test
  void aBlankAgencyMeansEveryAgency() {
    assertThat(InsuranceExpiryScan.agency(" ")).isNull();
    assertThat(InsuranceExpiryScan.agency(null)).isNull();
    assertThat(InsuranceExpiryScan.agency(" VERSAILLES ")).isEqualTo("VERSAILLES");
  }
}
