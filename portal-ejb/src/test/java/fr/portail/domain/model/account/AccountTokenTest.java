package fr.portail.domain.model.account;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.DomainFixtures;
import fr.portail.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final UserAccount account =
      UserAccount.tenantAwaitingConfirmation(
          new EmailAddress("alice@test.fr"),
          "hash",
          DomainFixtures.person("Martin", "Alice"),
          true,
          NOW);

  @Test
  void storesOnlyTheSha256OfARandomSecret() {
    AccountToken.Issued first =
        AccountToken.issue(account, TokenPurpose.CONFIRM_ACCOUNT, null, NOW);
    AccountToken.Issued second =
        AccountToken.issue(account, TokenPurpose.CONFIRM_ACCOUNT, null, NOW);

    assertThat(first.secret()).hasSize(43).isNotEqualTo(second.secret());
    assertThat(first.token().tokenHash())
        .hasSize(64)
        .isEqualTo(AccountToken.hashOf(first.secret()))
        .doesNotContain(first.secret());
  }

  @Test
  void theHashIsSha256InHex() {
    // Computed independently: printf 'a%.0s' $(seq 43) | sha256sum
    assertThat(AccountToken.hashOf("a".repeat(43)))
        .isEqualTo("66d34fba71f8f450f7e45598853e53bfc23bbd129027cbb131a2f4ffd7878cd0");
  }

  @Test
  void isSingleUse() {
    AccountToken token =
        AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, null, NOW).token();

    token.use(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(60));

    assertThat(token.usableAt(NOW.plusSeconds(61))).isFalse();
    assertRefused(
        "token.invalid", () -> token.use(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(61)));
  }

  @Test
  void expiresAfterTheLifetimeOfItsPurpose() {
    AccountToken reset =
        AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, null, NOW).token();
    AccountToken confirm =
        AccountToken.issue(account, TokenPurpose.CONFIRM_ACCOUNT, null, NOW).token();

    assertThat(reset.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(reset.usableAt(NOW.plus(Duration.ofMinutes(59)))).isTrue();
    assertThat(reset.usableAt(NOW.plus(Duration.ofHours(1)))).isFalse();
    assertThat(confirm.usableAt(NOW.plus(Duration.ofHours(47)))).isTrue();
    assertRefused(
        "token.invalid",
        () -> confirm.use(TokenPurpose.CONFIRM_ACCOUNT, NOW.plus(Duration.ofHours(48))));
  }

  @Test
  void servesOnlyItsOwnPurpose() {
    AccountToken confirm =
        AccountToken.issue(account, TokenPurpose.CONFIRM_ACCOUNT, null, NOW).token();

    assertRefused("token.invalid", () -> confirm.use(TokenPurpose.RESET_PASSWORD, NOW));
    assertThat(confirm.usableAt(NOW)).isTrue();
  }

  @Test
  void aRevokedTokenIsWorthless() {
    AccountToken token =
        AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, null, NOW).token();

    token.revoke(NOW);

    assertThat(token.usableAt(NOW)).isFalse();
  }

  @Test
  void anEmailChangeCarriesTheNewAddressAndNothingElseDoes() {
    EmailAddress next = new EmailAddress("nouvelle@test.fr");

    assertThat(AccountToken.issue(account, TokenPurpose.CHANGE_EMAIL, next, NOW).token().newEmail())
        .isEqualTo(next);
    assertThatThrownBy(() -> AccountToken.issue(account, TokenPurpose.CHANGE_EMAIL, null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, next, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMalformedSecretsBeforeHashing() {
    assertRefused("token.invalid", () -> AccountToken.hashOf(null));
    assertRefused("token.invalid", () -> AccountToken.hashOf("<script>"));
    assertRefused("token.invalid", () -> AccountToken.hashOf("a".repeat(10_000)));
  }

  @Test
  void anAccountCreatedOnlineOpensOnlyOnConfirmation() {
    assertThat(account.enabled()).isFalse();
    assertThat(account.paperlessNotices()).isTrue();

    account.confirm(NOW);

    assertThat(account.enabled()).isTrue();
    assertThat(account.confirmedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> account.confirm(NOW)).isInstanceOf(IllegalStateException.class);
  }
}
