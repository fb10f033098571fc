package fr.portail.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a login may be tried again after failures (CNIL 2022-100: temporisation, then temporary
 * lock). Failures count over a sliding window of 15 minutes, per login typed and per client
 * address; an attempt refused for throttling counts as a failure, so hammering only prolongs the
 * wait.
 *
 * <ul>
 *   <li>per login: 3 failures, then each try waits 5 s after the last failure, doubling with each
 *       failure (5, 10, 20, 40 s) up to 60 s; from 10 failures the login is locked until 15 minutes
 *       after the last one;
 *   <li>per client address (one machine trying many logins): from 20 failures, 10 s between tries;
 *       from 100 failures, locked until 15 minutes after the last one.
 * </ul>
 */
public final class LoginThrottling {

  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final int LOGIN_FREE_FAILURES = 3;
  public static final int LOGIN_LOCK_FAILURES = 10;
  public static final Duration LOGIN_FIRST_DELAY = Duration.ofSeconds(5);
  public static final Duration LOGIN_MAX_DELAY = Duration.ofSeconds(60);
  public static final int ADDRESS_FREE_FAILURES = 20;
  public static final int ADDRESS_LOCK_FAILURES = 100;
  public static final Duration ADDRESS_DELAY = Duration.ofSeconds(10);

  private LoginThrottling() {}

  /** Failures of one login or one address within the window: how many, and the latest. */
  public record Failures(long count, Instant last) {

    public static final Failures NONE = new Failures(0, null);
  }

  /** The wait a login imposes after its failures. */
  public static Duration loginDelay(long failures) {
    if (failures < LOGIN_FREE_FAILURES) {
      return Duration.ZERO;
    }
    if (failures >= LOGIN_LOCK_FAILURES) {
      return WINDOW;
    }
    Duration delay = LOGIN_FIRST_DELAY.multipliedBy(1L << (failures - LOGIN_FREE_FAILURES));
    return delay.compareTo(LOGIN_MAX_DELAY) > 0 ? LOGIN_MAX_DELAY : delay;
  }

  /**
   * The per-address thresholds. Configurable, because behind a reverse proxy that hides the
   * clients' addresses, or on a test server where every client is localhost, one address is many
   * people.
   */
  public record AddressLimits(int freeFailures, int lockFailures) {

    public static final AddressLimits DEFAULT =
        new AddressLimits(ADDRESS_FREE_FAILURES, ADDRESS_LOCK_FAILURES);

    public AddressLimits {
      if (freeFailures < 1 || lockFailures <= freeFailures) {
        throw new IllegalArgumentException("0 < free < lock expected");
      }
    }

    /** The wait a client address imposes after its failures. */
    public Duration delay(long failures) {
      if (failures < freeFailures) {
        return Duration.ZERO;
      }
      return failures >= lockFailures ? WINDOW : ADDRESS_DELAY;
    }
  }

  /** Until when tries are refused (empty: a try is allowed now), with the default limits. */
  public static Optional<Instant> refusedUntil(Failures login, Failures address, Instant now) {
    return refusedUntil(login, address, now, AddressLimits.DEFAULT);
  }

  /** Until when tries are refused (empty: a try is allowed now). */
  public static Optional<Instant> refusedUntil(
      Failures login, Failures address, Instant now, AddressLimits limits) {
    Instant until =
        later(end(login, loginDelay(login.count())), end(address, limits.delay(address.count())));
    return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }

  private static Instant end(Failures failures, Duration delay) {
    return failures.last() == null || delay.isZero() ? null : failures.last().plus(delay);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
