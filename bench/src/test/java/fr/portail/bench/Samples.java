package fr.portail.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Durations of calls, in microseconds, and their percentiles (nearest rank). */
final class Samples {

  private final List<Long> micros = new ArrayList<>();
  private long count = -1;
  private long rows = -1;

  /** Adds the durations and results answered by a probe ("micros=1,2,3", "count=", "rows="). */
  void add(java.util.Map<String, String> answer) {
    Arrays.stream(answer.get("micros").split(",")).map(Long::valueOf).forEach(micros::add);
    count = Long.parseLong(answer.get("count"));
    rows = Long.parseLong(answer.get("rows"));
  }

  /** The tasks the query counted (the last call's). */
  long count() {
    return count;
  }

  /** The tasks on the page (the last call's). */
  long rows() {
    return rows;
  }

  int size() {
    return micros.size();
  }

  /** The p-th percentile in milliseconds, p in (0, 1]. */
  double percentileMillis(double p) {
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1000.0;
  }

  double p50() {
    return percentileMillis(0.50);
  }

  double p95() {
    return percentileMillis(0.95);
  }
}
