package fr.portail.domain.model.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an open request has been waiting, in whole days since it was sent: under two days, two
 * to seven, eight to thirty, more than thirty.
 */
public enum AgeBucket {
  UNDER_2_DAYS(0, 1),
  FROM_2_TO_7_DAYS(2, 7),
  FROM_8_TO_30_DAYS(8, 30),
  OVER_30_DAYS(31, Long.MAX_VALUE);

  private final long fromDays;
  private final long toDays;

  AgeBucket(long fromDays, long toDays) {
    this.fromDays = fromDays;
    this.toDays = toDays;
  }

  /** The bucket of an age: 47 h 59 is under two days, 48 h is two days. */
  public static AgeBucket of(Duration age) {
    long days = age.isNegative() ? 0 : age.toDays();
    for (AgeBucket bucket : values()) {
      if (days >= bucket.fromDays && days <= bucket.toDays) {
        return bucket;
      }
    }
    throw new IllegalStateException("no bucket for " + days + " days");
  }

  public static AgeBucket of(Instant sentAt, Instant now) {
    return of(Duration.between(sentAt, now));
  }

  public String labelKey() {
    return "age." + name();
  }
}
