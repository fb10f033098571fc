package fr.portail.domain.model.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "DUPONT,             dupont",
    "'  Dupont  ',       dupont",
    "Élodie,             elodie",
    "Jean-Pierre,        jean pierre",
    "'Jean  -  Pierre',  jean pierre",
    "'Jean   Pierre',    jean pierre",
    "Françoise,          francoise"
  })
  void foldsCaseAccentsHyphensAndSpaces(String name, String folded) {
    assertThat(Names.fold(name)).isEqualTo(folded);
  }

  @Test
  void nullIsNeverTheSameName() {
    assertThat(Names.same(null, "Dupont")).isFalse();
    assertThat(Names.same("Dupont", null)).isFalse();
    assertThat(Names.same(null, null)).isFalse();
  }

  @Test
  void decomposedAndComposedAccentsAreTheSame() {
    String composed = "\u00c9lodie";
    String decomposed = "E\u0301lodie";

    assertThat(Names.same(composed, decomposed)).isTrue();
  }

  @Test
  void ligaturesMatchTheirTwoLetters() {
    assertThat(Names.same("Lætitia", "Laetitia")).isTrue();
    assertThat(Names.same("Cœur", "COEUR")).isTrue();
  }
}
