package fr.portail.domain.model.account;

import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.domain.model.account.PasswordPolicy.Missing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Essai-Portail1", // 12+ with the four kinds
        "Abcdefghij1!", // exactly 12
        "Abcdefghijklm1", // 14 without special
        "le chat de ma voisine dort au soleil", // 8 words
        "cheval-agrafe-pile-batterie-correct-bleu-nuage" // 7 words joined by dashes
      })
  void acceptsWhatTheCnilAccepts(String password) {
    assertThat(PasswordPolicy.accepts(password)).isTrue();
    assertThat(PasswordPolicy.require(password)).isEqualTo(password);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Abcdefghi1!", // 11 with the four kinds
        "abcdefghijk1!", // no upper case
        "ABCDEFGHIJK1!", // no lower case
        "Abcdefghijkl!", // no digit
        "Abcdefghijkl1", // 13 without special
        "abcdefghijklmn1", // 14+ without special and without upper case
        "un deux trois quatre cinq six", // 6 words
        "            " // blanks
      })
  void refusesTheRest(String password) {
    assertThat(PasswordPolicy.accepts(password)).isFalse();
    assertRefused("password.weak", () -> PasswordPolicy.require(password));
  }

  @Test
  void refusesAVeryLongInputBeforeAnyHashing() {
    String huge = "Aa1!".repeat(2500);

    assertThat(PasswordPolicy.accepts(huge)).isFalse();
    assertRefused("password.tooLong", () -> PasswordPolicy.require(huge));
  }

  @Test
  void saysWhatIsMissing() {
    assertThat(PasswordPolicy.missingFor12("abc"))
        .containsExactlyInAnyOrder(Missing.LENGTH, Missing.UPPER, Missing.DIGIT, Missing.SPECIAL);
    assertThat(PasswordPolicy.missingFor12("Essai-Portail1")).isEmpty();
  }

  @Test
  void countsTheWordsOfAPassphrase() {
    assertThat(PasswordPolicy.words("  un   deux-trois_quatre.cinq, six;sept ")).isEqualTo(7);
  }
}
