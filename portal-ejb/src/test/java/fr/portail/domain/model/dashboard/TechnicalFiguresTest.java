package fr.portail.domain.model.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import fr.portail.domain.model.request.RequestStatus;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnicalFiguresTest {

  private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
  private static final Instant SINCE = NOW.minus(Duration.ofDays(30));

  private static int counter;

  private static TechnicalFacts open(
      String residence, TechnicalCategory category, Duration age, boolean late) {
    return new TechnicalFacts(
        (long) ++counter,
        "T" + counter,
        "VER",
        (long) residence.hashCode(),
        residence,
        category,
        Urgency.NORMAL,
        RequestStatus.IN_PROGRESS,
        null,
        NOW.minus(age),
        null,
        late,
        null,
        null);
  }

  private static TechnicalFacts closed(
      Resolution resolution, Duration sentAgo, Duration closedAgo, boolean late, Integer rating) {
    Instant closedAt = NOW.minus(closedAgo);
    return new TechnicalFacts(
        (long) ++counter,
        "T" + counter,
        "VER",
        1L,
        "Les Tilleuls",
        TechnicalCategory.LOGEMENT_PLOMBERIE,
        Urgency.NORMAL,
        RequestStatus.CLOSED,
        resolution,
        NOW.minus(sentAgo),
        closedAt,
        late,
        rating,
        rating == null ? null : closedAt);
  }

  private static final List<TechnicalFacts> FACTS =
      List.of(
          open("Les Tilleuls", TechnicalCategory.LOGEMENT_PLOMBERIE, Duration.ofHours(5), false),
          open("Les Tilleuls", TechnicalCategory.LOGEMENT_PLOMBERIE, Duration.ofDays(3), true),
          open("Le Parc", TechnicalCategory.COMMUNS_ASCENSEUR, Duration.ofDays(10), true),
          open("Montreuil", TechnicalCategory.LOGEMENT_CHAUFFAGE, Duration.ofDays(40), false),
          open("Le Parc", TechnicalCategory.LOGEMENT_CHAUFFAGE, Duration.ofDays(2), false),
          closed(Resolution.RESOLVED, Duration.ofDays(6), Duration.ofDays(2), true, 5),
          closed(Resolution.RESOLVED, Duration.ofDays(12), Duration.ofDays(10), false, 3),
          closed(Resolution.TENANT_UPKEEP, Duration.ofDays(3), Duration.ofDays(3), false, null),
          // Merged into another: followed there, not counted as closed on its own.
          closed(Resolution.MERGED, Duration.ofDays(4), Duration.ofDays(4), true, null),
          // Closed and rated before the period.
          closed(Resolution.RESOLVED, Duration.ofDays(90), Duration.ofDays(60), true, 1));

  private final TechnicalFigures figures = TechnicalFigures.of(FACTS, SINCE, NOW);

  @Test
  void theOpenRequestsAreCountedWithTheLateAndTheirMeanAge() {
    assertThat(figures.open()).isEqualTo(5);
    assertThat(figures.openLate()).isEqualTo(2);
    // (5 h + 3 d + 10 d + 40 d + 2 d) / 5
    assertThat(figures.openAgeDays().value())
        .isCloseTo((5 / 24.0 + 3 + 10 + 40 + 2) / 5, within(1e-9));
    assertThat(figures.openAgeDays().count()).isEqualTo(5);
  }

  @Test
  void openRequestsByResidenceAndCategoryTheLargestFirstTiesInOrder() {
    assertThat(figures.openByResidence())
        .containsExactly(entry("Le Parc", 2L), entry("Les Tilleuls", 2L), entry("Montreuil", 1L));
    assertThat(figures.openByCategory())
        .containsExactly(
            entry(TechnicalCategory.LOGEMENT_PLOMBERIE, 2L),
            entry(TechnicalCategory.LOGEMENT_CHAUFFAGE, 2L),
            entry(TechnicalCategory.COMMUNS_ASCENSEUR, 1L));
  }

  @Test
  void everyAgeBucketIsThereEvenEmpty() {
    assertThat(figures.openByAge())
        .containsExactly(
            entry(AgeBucket.UNDER_2_DAYS, 1L),
            entry(AgeBucket.FROM_2_TO_7_DAYS, 2L),
            entry(AgeBucket.FROM_8_TO_30_DAYS, 1L),
            entry(AgeBucket.OVER_30_DAYS, 1L));
  }

  @Test
  void closedInThePeriodWithoutTheMergedAndTheShareOfLateOnes() {
    assertThat(figures.closed()).isEqualTo(3);
    assertThat(figures.closedLate()).isEqualTo(1);
    assertThat(figures.lateShare()).isCloseTo(100.0 / 3, within(1e-9));
    // (4 + 2 + 0) / 3 days from sending to closing.
    assertThat(figures.resolutionDays().value()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void satisfactionIsTheMeanOfThePeriodsRatingsWithEachScoresCount() {
    assertThat(figures.satisfaction().value()).isEqualTo(4.0);
    assertThat(figures.satisfaction().count()).isEqualTo(2);
    assertThat(figures.ratings())
        .containsExactly(entry(1, 0L), entry(2, 0L), entry(3, 1L), entry(4, 0L), entry(5, 1L));
  }

  @Test
  void nothingToCountGivesZerosAndNoMeans() {
    TechnicalFigures none = TechnicalFigures.of(List.of(), SINCE, NOW);
    assertThat(none.open()).isZero();
    assertThat(none.openAgeDays().present()).isFalse();
    assertThat(none.lateShare()).isNull();
    assertThat(none.resolutionDays().value()).isNull();
    assertThat(none.satisfaction().value()).isNull();
    assertThat(none.openByResidence()).isEmpty();
    assertThat(none.openByAge()).hasSize(4).containsValues(0L);
  }
}
