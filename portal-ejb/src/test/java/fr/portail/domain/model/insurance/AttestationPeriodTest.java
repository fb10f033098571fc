package fr.portail.domain.model.insurance;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttestationPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  @Test
  void aPeriodCoveringTodayIsAcceptedAndCoversItsBothEnds() {
    AttestationPeriod period =
        new AttestationPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30))
            .requireAcceptableOn(TODAY);

    assertThat(period.covers(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(period.covers(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(period.covers(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(period.covers(LocalDate.of(2025, 9, 30))).isFalse();
  }

  @Test
  void theFirstDayMustNotComeAfterTheLast() {
    assertRefused(
        "insurance.period.invalid",
        () -> new AttestationPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31)));
    assertThat(new AttestationPeriod(TODAY, TODAY).covers(TODAY)).as("a single day").isTrue();
  }

  @Test
  void bothDaysAreRequired() {
    assertRefused("insurance.validFrom.required", () -> new AttestationPeriod(null, TODAY));
    assertRefused("insurance.validTo.required", () -> new AttestationPeriod(TODAY, null));
  }

  @Test
  void aPeriodLongerThanTwoYearsIsATypingError() {
    assertRefused(
        "insurance.period.tooLong",
        () -> new AttestationPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 2)));
    new AttestationPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1));
  }

  @Test
  void anAttestationEndedBeforeTodayIsOfNoUse() {
    AttestationPeriod ended =
        new AttestationPeriod(LocalDate.of(2025, 3, 4), LocalDate.of(2026, 3, 3));

    assertRefused("insurance.period.expired", () -> ended.requireAcceptableOn(TODAY));
    new AttestationPeriod(LocalDate.of(2025, 3, 5), TODAY).requireAcceptableOn(TODAY);
  }

  @Test
  void nextYearsAttestationMaybeSentUpToThirtyDaysBeforeItStarts() {
    LocalDate in30Days = TODAY.plusDays(AttestationPeriod.START_AHEAD_MAX_DAYS);
    new AttestationPeriod(in30Days, in30Days.plusYears(1).minusDays(1)).requireAcceptableOn(TODAY);

    AttestationPeriod in31Days = new AttestationPeriod(in30Days.plusDays(1), in30Days.plusYears(1));
    assertRefused("insurance.period.tooFarAhead", () -> in31Days.requireAcceptableOn(TODAY));
  }
}
