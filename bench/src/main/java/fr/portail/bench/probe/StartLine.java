package fr.portail.bench.probe;

import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the concurrent callers of one round wait for each other, so that they start together: the
 * round's window runs from their common start to the last one's end.
 */
final class StartLine {

  private static final Map<String, CyclicBarrier> ROUNDS = new ConcurrentHashMap<>();

  private StartLine() {}

  /** Waits until the round's other callers are there too (at most a minute). */
  static void await(String round, int callers) {
    CyclicBarrier barrier = ROUNDS.computeIfAbsent(round, r -> new CyclicBarrier(callers));
    try {
      barrier.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("round " + round + " interrupted", e);
    } catch (BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException(
          "round " + round + ": the " + callers + " callers did not all arrive", e);
    } finally {
      ROUNDS.remove(round, barrier);
    }
  }
}
