package fr.portail.domain.model.dashboard;

import fr.portail.domain.model.technical.TechnicalCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The managers' figures computed from the facts of the requests in their scope: the open requests
 * (how many, how many late, how old, where, about what), and over the period the requests closed
 * (how many, how many late, how long they took) and the tenants' ratings. Ages and durations are
 * calendar days, as the tenant lives them.
 */
public final class TechnicalFigures {

  private static final double DAY_SECONDS = 86_400.0;

  private final long open;
  private final long openLate;
  private final Average openAgeDays;
  private final long closed;
  private final long closedLate;
  private final Average resolutionDays;
  private final Average satisfaction;
  private final Map<Integer, Long> ratings;
  private final Map<String, Long> openByResidence;
  private final Map<TechnicalCategory, Long> openByCategory;
  private final Map<AgeBucket, Long> openByAge;

  private TechnicalFigures(List<TechnicalFacts> facts, Instant since, Instant now) {
    List<TechnicalFacts> opened = facts.stream().filter(TechnicalFacts::open).toList();
    List<TechnicalFacts> closedInPeriod = facts.stream().filter(f -> f.closedSince(since)).toList();
    List<TechnicalFacts> rated = facts.stream().filter(f -> f.ratedSince(since)).toList();
    this.open = opened.size();
    this.openLate = opened.stream().filter(TechnicalFacts::deadlineMissed).count();
    this.openAgeDays = Average.of(opened.stream().map(f -> days(f, now)).toList());
    this.closed = closedInPeriod.size();
    this.closedLate = closedInPeriod.stream().filter(TechnicalFacts::deadlineMissed).count();
    this.resolutionDays = Average.of(closedInPeriod.stream().map(f -> days(f, now)).toList());
    this.satisfaction = Average.of(rated.stream().map(TechnicalFacts::rating).toList());
    Map<Integer, Long> scores = new LinkedHashMap<>();
    for (int score = 1; score <= 5; score++) {
      int s = score;
      scores.put(score, rated.stream().filter(f -> f.rating() == s).count());
    }
    this.ratings = Collections.unmodifiableMap(scores);
    this.openByResidence = mostFirst(opened, TechnicalFacts::residenceName, String::compareTo);
    this.openByCategory =
        mostFirst(opened, TechnicalFacts::category, Comparator.comparing(Enum::ordinal));
    Map<AgeBucket, Long> ages = new EnumMap<>(AgeBucket.class);
    for (AgeBucket bucket : AgeBucket.values()) {
      ages.put(bucket, 0L);
    }
    opened.forEach(f -> ages.merge(AgeBucket.of(f.age(now)), 1L, Long::sum));
    this.openByAge = Collections.unmodifiableMap(ages);
  }

  /**
   * The figures of these requests: open ones as they are {@code now}, closed ones and ratings from
   * {@code since}.
   */
  public static TechnicalFigures of(List<TechnicalFacts> facts, Instant since, Instant now) {
    return new TechnicalFigures(facts, since, now);
  }

  private static double days(TechnicalFacts f, Instant now) {
    return f.age(now).toSeconds() / DAY_SECONDS;
  }

  /** Counts by key, the largest first, ties in the key's order. */
  private static <K> Map<K, Long> mostFirst(
      List<TechnicalFacts> facts, Function<TechnicalFacts, K> key, Comparator<K> order) {
    Map<K, Long> counts = new HashMap<>();
    facts.forEach(f -> counts.merge(key.apply(f), 1L, Long::sum));
    List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<K, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey(order)));
    Map<K, Long> sorted = new LinkedHashMap<>();
    entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(sorted);
  }

  public long open() {
    return open;
  }

  /** Open requests of which a step missed its deadline. */
  public long openLate() {
    return openLate;
  }

  /** The mean age of the open requests, in days. */
  public Average openAgeDays() {
    return openAgeDays;
  }

  /** Requests closed during the period (merged reports excepted). */
  public long closed() {
    return closed;
  }

  public long closedLate() {
    return closedLate;
  }

  /** The share of the requests closed in the period that missed a deadline, in %; null if none. */
  public Double lateShare() {
    return closed == 0 ? null : 100.0 * closedLate / closed;
  }

  /** The mean time from sending to closing of the requests closed in the period, in days. */
  public Average resolutionDays() {
    return resolutionDays;
  }

  /** The mean rating (1 to 5) given during the period, and how many ratings. */
  public Average satisfaction() {
    return satisfaction;
  }

  /** How many ratings of each score (1 to 5, every score present) during the period. */
  public Map<Integer, Long> ratings() {
    return ratings;
  }

  /** Open requests by residence name, the largest first. */
  public Map<String, Long> openByResidence() {
    return openByResidence;
  }

  public Map<TechnicalCategory, Long> openByCategory() {
    return openByCategory;
  }

  /** Open requests by age, every bucket present, youngest first. */
  public Map<AgeBucket, Long> openByAge() {
    return openByAge;
  }
}
