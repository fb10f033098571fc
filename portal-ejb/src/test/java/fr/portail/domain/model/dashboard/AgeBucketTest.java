package fr.portail.domain.model.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgeBucketTest {

  @Test
  void theBucketsFollowWholeDaysSinceSending() {
    assertThat(AgeBucket.of(Duration.ZERO)).isEqualTo(AgeBucket.UNDER_2_DAYS);
    assertThat(AgeBucket.of(Duration.ofHours(47).plusMinutes(59)))
        .isEqualTo(AgeBucket.UNDER_2_DAYS);
    assertThat(AgeBucket.of(Duration.ofHours(48))).isEqualTo(AgeBucket.FROM_2_TO_7_DAYS);
    assertThat(AgeBucket.of(Duration.ofDays(7).plusHours(23)))
        .isEqualTo(AgeBucket.FROM_2_TO_7_DAYS);
    assertThat(AgeBucket.of(Duration.ofDays(8))).isEqualTo(AgeBucket.FROM_8_TO_30_DAYS);
    assertThat(AgeBucket.of(Duration.ofDays(30).plusHours(23)))
        .isEqualTo(AgeBucket.FROM_8_TO_30_DAYS);
    assertThat(AgeBucket.of(Duration.ofDays(31))).isEqualTo(AgeBucket.OVER_30_DAYS);
    assertThat(AgeBucket.of(Duration.ofDays(4000))).isEqualTo(AgeBucket.OVER_30_DAYS);
  }

  @Test
  void aClockSlightlyBehindTheSendingCountsAsJustSent() {
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    assertThat(AgeBucket.of(now.plusSeconds(2), now)).isEqualTo(AgeBucket.UNDER_2_DAYS);
  }

  @Test
  void eachBucketHasItsLabelKey() {
    assertThat(AgeBucket.OVER_30_DAYS.labelKey()).isEqualTo("age.OVER_30_DAYS");
  }
}
