package fr.portail.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.model.account.LoginThrottling.Failures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlingTest {

  private static final Instant LAST = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void twoFailuresCostNothing() {
    assertThat(LoginThrottling.refusedUntil(new Failures(2, LAST), Failures.NONE, LAST)).isEmpty();
  }

  @Test
  void fromThreeFailuresTheWaitGrowsUpToOneMinute() {
    assertThat(LoginThrottling.loginDelay(3)).isEqualTo(Duration.ofSeconds(5));
    assertThat(LoginThrottling.loginDelay(4)).isEqualTo(Duration.ofSeconds(10));
    assertThat(LoginThrottling.loginDelay(5)).isEqualTo(Duration.ofSeconds(20));
    assertThat(LoginThrottling.loginDelay(6)).isEqualTo(Duration.ofSeconds(40));
    assertThat(LoginThrottling.loginDelay(7)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottling.loginDelay(9)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aTryDuringTheWaitIsRefusedAndAllowedAfter() {
    Failures three = new Failures(3, LAST);

    assertThat(LoginThrottling.refusedUntil(three, Failures.NONE, LAST.plusSeconds(4)))
        .contains(LAST.plusSeconds(5));
    assertThat(LoginThrottling.refusedUntil(three, Failures.NONE, LAST.plusSeconds(5))).isEmpty();
  }

  @Test
  void tenFailuresLockTheLoginForFifteenMinutes() {
    Failures ten = new Failures(10, LAST);

    assertThat(LoginThrottling.refusedUntil(ten, Failures.NONE, LAST.plus(Duration.ofMinutes(14))))
        .contains(LAST.plus(Duration.ofMinutes(15)));
    assertThat(LoginThrottling.refusedUntil(ten, Failures.NONE, LAST.plus(Duration.ofMinutes(15))))
        .isEmpty();
  }

  @Test
  void oneAddressTryingManyLoginsIsSlowedThenLocked() {
    assertThat(LoginThrottling.refusedUntil(Failures.NONE, new Failures(19, LAST), LAST)).isEmpty();
    assertThat(LoginThrottling.refusedUntil(Failures.NONE, new Failures(20, LAST), LAST))
        .contains(LAST.plusSeconds(10));
    assertThat(LoginThrottling.refusedUntil(Failures.NONE, new Failures(100, LAST), LAST))
        .contains(LAST.plus(Duration.ofMinutes(15)));
  }

  @Test
  void theLongerWaitOfLoginAndAddressWins() {
    assertThat(LoginThrottling.refusedUntil(new Failures(3, LAST), new Failures(20, LAST), LAST))
        .contains(LAST.plusSeconds(10));
  }

  @Test
  void loginsAreComparedTrimmedInLowerCaseAndClipped() {
    assertThat(LoginFailure.normalizedLogin("  Alice@Test.FR ")).isEqualTo("alice@test.fr");
    assertThat(LoginFailure.normalizedLogin("x".repeat(10_000))).hasSize(254);
    assertThat(new LoginFailure(null, null, LAST).clientAddress()).isEqualTo("?");
  }
}
