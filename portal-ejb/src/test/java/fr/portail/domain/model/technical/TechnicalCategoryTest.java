package fr.portail.domain.model.technical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TechnicalCategoryTest {

  @Test
  void eachAreaOffersItsSubCategoriesInOrder() {
    assertThat(TechnicalCategory.of(TechnicalArea.LOGEMENT))
        .startsWith(TechnicalCategory.LOGEMENT_PLOMBERIE, TechnicalCategory.LOGEMENT_SANITAIRES)
        .contains(
            TechnicalCategory.LOGEMENT_ELECTRICITE,
            TechnicalCategory.LOGEMENT_CHAUFFAGE,
            TechnicalCategory.LOGEMENT_MENUISERIE,
            TechnicalCategory.LOGEMENT_SERRURERIE,
            TechnicalCategory.LOGEMENT_VITRERIE,
            TechnicalCategory.LOGEMENT_VENTILATION)
        .endsWith(TechnicalCategory.LOGEMENT_AUTRE)
        .allMatch(c -> c.area() == TechnicalArea.LOGEMENT);
    assertThat(TechnicalCategory.of(TechnicalArea.GARAGE_PARKING))
        .contains(TechnicalCategory.PARKING_PORTE, TechnicalCategory.PARKING_ECLAIRAGE)
        .endsWith(TechnicalCategory.PARKING_AUTRE);
    assertThat(TechnicalCategory.of(TechnicalArea.PARTIES_COMMUNES))
        .contains(
            TechnicalCategory.COMMUNS_ASCENSEUR,
            TechnicalCategory.COMMUNS_INTERPHONE,
            TechnicalCategory.COMMUNS_BOITES_AUX_LETTRES,
            TechnicalCategory.COMMUNS_ESPACES_VERTS)
        .endsWith(TechnicalCategory.COMMUNS_AUTRE);
  }

  @Test
  void everyCategoryBelongsToExactlyOneArea() {
    int total =
        Arrays.stream(TechnicalArea.values()).mapToInt(a -> TechnicalCategory.of(a).size()).sum();

    assertThat(total).isEqualTo(TechnicalCategory.values().length);
  }

  @Test
  void eachCategoryNamesTheTradeThatRepairsIt() {
    assertThat(TechnicalCategory.LOGEMENT_PLOMBERIE.trade()).isEqualTo(Trade.PLOMBERIE);
    assertThat(TechnicalCategory.LOGEMENT_SANITAIRES.trade()).isEqualTo(Trade.PLOMBERIE);
    assertThat(TechnicalCategory.LOGEMENT_CHAUFFAGE.trade()).isEqualTo(Trade.CHAUFFAGE);
    assertThat(TechnicalCategory.LOGEMENT_SERRURERIE.trade()).isEqualTo(Trade.SERRURERIE);
    assertThat(TechnicalCategory.COMMUNS_ASCENSEUR.trade()).isEqualTo(Trade.ASCENSEUR);
    assertThat(TechnicalCategory.COMMUNS_PROPRETE.trade()).isEqualTo(Trade.NETTOYAGE);
    assertThat(TechnicalCategory.PARKING_PORTE.trade()).isEqualTo(Trade.PORTES_AUTOMATIQUES);
  }

  @Test
  void everyTradeIsNeededByACategory() {
    assertThat(Arrays.stream(TechnicalCategory.values()).map(TechnicalCategory::trade))
        .contains(Trade.values());
  }

  static Stream<String> everyKey() {
    return Stream.of(
            Arrays.stream(TechnicalArea.values()).map(TechnicalArea::labelKey),
            Arrays.stream(TechnicalCategory.values()).map(TechnicalCategory::labelKey),
            Arrays.stream(Trade.values()).map(Trade::labelKey),
            Arrays.stream(Urgency.values()).flatMap(u -> Stream.of(u.labelKey(), u.hintKey())),
            Arrays.stream(UpkeepResponsibility.values()).map(UpkeepResponsibility::labelKey),
            Arrays.stream(TypicalRepair.values()).map(TypicalRepair::labelKey),
            Arrays.stream(TechnicalCategory.values())
                .map(c -> UpkeepGuidance.forCategory(c).explanationKey()),
            Stream.of(UpkeepGuidance.NOTICE_KEY))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("everyKey")
  void everyKeyHasAFrenchAndAnEnglishText(String key) {
    String french = TechnicalTexts.text(key, Locale.FRENCH);
    String english = TechnicalTexts.text(key, Locale.ENGLISH);

    assertThat(french).isNotBlank();
    assertThat(english).isNotBlank();
  }

  @Test
  void bothBundlesHaveTheSameKeysAndNoMore() {
    ResourceBundle french = TechnicalTexts.bundle(Locale.FRENCH);
    ResourceBundle english = TechnicalTexts.bundle(Locale.ENGLISH);

    assertThat(french.keySet()).isEqualTo(english.keySet());
    assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(everyKey().distinct().toList());
  }

  @Test
  void readsTheTextsAsUtf8() {
    assertThat(TechnicalTexts.text("category.LOGEMENT_ELECTRICITE", Locale.FRANCE))
        .startsWith("Électricité");
    assertThat(TechnicalTexts.text("area.GARAGE_PARKING", Locale.ENGLISH))
        .isEqualTo("Garage or car park");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr-CA", "es", "und"})
  void anyOtherLanguageIsServedInFrench(String languageTag) {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertThat(TechnicalTexts.text("area.LOGEMENT", Locale.forLanguageTag(languageTag)))
          .isEqualTo("Mon logement");
    } finally {
      Locale.setDefault(previous);
    }
  }
}
