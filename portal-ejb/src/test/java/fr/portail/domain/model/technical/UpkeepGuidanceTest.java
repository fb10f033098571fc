package fr.portail.domain.model.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UpkeepGuidanceTest {

  @Test
  void theDecretsSmallRepairsAreTheTenants() {
    UpkeepAdvice advice = UpkeepGuidance.forCategory(TechnicalCategory.LOGEMENT_SANITAIRES);

    assertThat(advice.category()).isEqualTo(TechnicalCategory.LOGEMENT_SANITAIRES);
    assertThat(advice.typicalRepairs())
        .contains(TypicalRepair.FLEXIBLE_DE_DOUCHE, TypicalRepair.CHASSE_D_EAU_JOINTS_FLOTTEUR);
    assertThat(TypicalRepair.FLEXIBLE_DE_DOUCHE.responsibility())
        .isEqualTo(UpkeepResponsibility.TENANT);
    assertThat(TypicalRepair.AMPOULES_ET_TUBES.responsibility())
        .isEqualTo(UpkeepResponsibility.TENANT);
    assertThat(TypicalRepair.PRISES_ET_INTERRUPTEURS.responsibility())
        .isEqualTo(UpkeepResponsibility.TENANT);
    assertThat(TypicalRepair.CLES_PERDUES.responsibility()).isEqualTo(UpkeepResponsibility.TENANT);
    assertThat(TypicalRepair.DEBOUCHAGE_JUSQU_A_LA_COLONNE.responsibility())
        .isEqualTo(UpkeepResponsibility.TENANT);
  }

  @Test
  void wearAndTheBuildingsEquipmentAreTheLandlords() {
    assertThat(TypicalRepair.COLONNE_COMMUNE.responsibility())
        .isEqualTo(UpkeepResponsibility.LANDLORD);
    assertThat(TypicalRepair.SERRURE_USEE.responsibility())
        .isEqualTo(UpkeepResponsibility.LANDLORD);
    assertThat(TypicalRepair.CHAUDIERE_REMPLACEMENT.responsibility())
        .isEqualTo(UpkeepResponsibility.LANDLORD);
    assertThat(TypicalRepair.INFILTRATION_OU_HUMIDITE.responsibility())
        .isEqualTo(UpkeepResponsibility.LANDLORD);
  }

  @Test
  void anIndividualBoilerDependsServiceForTheTenantReplacementForTheLandlord() {
    UpkeepAdvice advice = UpkeepGuidance.forCategory(TechnicalCategory.LOGEMENT_CHAUFFAGE);

    assertThat(advice.responsibility()).isEqualTo(UpkeepResponsibility.DEPENDS);
    assertThat(advice.typicalRepairs())
        .contains(TypicalRepair.CHAUDIERE_ENTRETIEN_ANNUEL, TypicalRepair.CHAUDIERE_REMPLACEMENT);
    assertThat(TypicalRepair.CHAUDIERE_ENTRETIEN_ANNUEL.responsibility())
        .isEqualTo(UpkeepResponsibility.TENANT);
    assertThat(TechnicalTexts.text(advice.explanationKey(), Locale.FRENCH))
        .contains("entretien annuel", "locataire", "bailleur", "87-712");
  }

  @ParameterizedTest
  @EnumSource(
      value = TechnicalCategory.class,
      names = {"PARKING_ECLAIRAGE", "PARKING_MARQUAGE", "PARKING_PROPRETE"})
  void theCarParksCommonEquipmentIsTheLandlords(TechnicalCategory category) {
    assertThat(UpkeepGuidance.forCategory(category).responsibility())
        .isEqualTo(UpkeepResponsibility.LANDLORD);
  }

  @Test
  void aCategoryMixingTenantAndLandlordRepairsDepends() {
    for (TechnicalCategory category :
        new TechnicalCategory[] {
          TechnicalCategory.LOGEMENT_PLOMBERIE,
          TechnicalCategory.LOGEMENT_ELECTRICITE,
          TechnicalCategory.LOGEMENT_SERRURERIE,
          TechnicalCategory.PARKING_TELECOMMANDE
        }) {
      assertThat(UpkeepGuidance.forCategory(category).responsibility())
          .as(category.name())
          .isEqualTo(UpkeepResponsibility.DEPENDS);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = TechnicalCategory.class,
      names = {"LOGEMENT_AUTRE", "PARKING_AUTRE"})
  void anotherProblemWithoutTypicalRepairDepends(TechnicalCategory category) {
    UpkeepAdvice advice = UpkeepGuidance.forCategory(category);

    assertThat(advice.typicalRepairs()).isEmpty();
    assertThat(advice.responsibility()).isEqualTo(UpkeepResponsibility.DEPENDS);
  }

  @Test
  void theCommonPartsAreAlwaysTheLandlordsAndTheTextSaysChargesMayBeRecovered() {
    for (TechnicalCategory category : TechnicalCategory.of(TechnicalArea.PARTIES_COMMUNES)) {
      UpkeepAdvice advice = UpkeepGuidance.forCategory(category);

      assertThat(advice.responsibility())
          .as(category.name())
          .isEqualTo(UpkeepResponsibility.LANDLORD);
      assertThat(advice.explanationKey()).isEqualTo("upkeep.area.PARTIES_COMMUNES");
    }
    assertThat(TechnicalTexts.text("upkeep.area.PARTIES_COMMUNES", Locale.FRENCH))
        .contains("toujours du bailleur", "charges", "récupérable");
  }

  @Test
  void theCategoryAgreesWithItsTypicalRepairs() {
    for (TechnicalCategory category : TechnicalCategory.values()) {
      UpkeepAdvice advice = UpkeepGuidance.forCategory(category);
      if (advice.responsibility() != UpkeepResponsibility.DEPENDS) {
        assertThat(advice.typicalRepairs())
            .as(category.name())
            .allMatch(r -> r.responsibility() == advice.responsibility());
      }
      assertThat(advice.typicalRepairs()).allMatch(r -> r.category() == category);
    }
  }

  @Test
  void aTypicalRepairAlwaysSaysWhoBearsIt() {
    assertThat(Arrays.stream(TypicalRepair.values()).map(TypicalRepair::responsibility))
        .doesNotContain(UpkeepResponsibility.DEPENDS);
  }

  @ParameterizedTest
  @EnumSource(
      value = TechnicalCategory.class,
      names = {"LOGEMENT_.*", "PARKING_PORTE", "PARKING_TELECOMMANDE"},
      mode = EnumSource.Mode.MATCH_ANY)
  void everyHomeExplanationCitesTheDecret(TechnicalCategory category) {
    String key = UpkeepGuidance.forCategory(category).explanationKey();

    assertThat(key).isEqualTo("upkeep.category." + category.name());
    assertThat(TechnicalTexts.text(key, Locale.FRENCH)).contains("décret n° 87-712");
    assertThat(TechnicalTexts.text(key, Locale.ENGLISH)).contains("87-712");
  }

  @Test
  void theNoticeRecallsTheExceptionsAndThatSendingStaysOpen() {
    assertThat(TechnicalTexts.text(UpkeepGuidance.NOTICE_KEY, Locale.FRENCH))
        .contains("vétusté", "malfaçon", "force majeure", "7 d", "envoyer votre demande");
  }

  @Test
  void theListOfTypicalRepairsCannotBeChanged() {
    UpkeepAdvice advice = UpkeepGuidance.forCategory(TechnicalCategory.LOGEMENT_PLOMBERIE);

    assertThatThrownBy(() -> advice.typicalRepairs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
