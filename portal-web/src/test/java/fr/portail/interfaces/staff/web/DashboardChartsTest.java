package fr.portail.interfaces.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aHorizontalBarChartOfCountsWithEscapedLabels() {
    JsonObject config =
        parse(
            DashboardCharts.bar(
                "Demandes ouvertes", List.of("Le \"Parc\"", "Tilleuls"), List.of(3L, 1L), true));
    assertThat(config.getString("type")).isEqualTo("bar");
    assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("Le \"Parc\"");
    JsonObject dataset = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(dataset.getString("label")).isEqualTo("Demandes ouvertes");
    assertThat(dataset.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(3);
    JsonObject options = config.getJsonObject("options");
    assertThat(options.getString("indexAxis")).isEqualTo("y");
    assertThat(options.getJsonObject("scales").getJsonObject("x").getBoolean("beginAtZero"))
        .isTrue();
    assertThat(options.getBoolean("maintainAspectRatio")).isFalse();
  }

  @Test
  void hoursAreRoundedToOneDecimal() {
    JsonObject config =
        parse(DashboardCharts.bar("Heures", List.of("Tri"), List.of(10.96666), false));
    assertThat(
            config
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getJsonNumber(0)
                .doubleValue())
        .isEqualTo(11.0);
    assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("x");
  }

  @Test
  void aDoughnutGivesEachPartItsColour() {
    JsonObject config =
        parse(DashboardCharts.doughnut("Demandes", List.of("A", "B", "C"), List.of(1L, 2L, 3L)));
    assertThat(config.getString("type")).isEqualTo("doughnut");
    assertThat(
            config
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("backgroundColor"))
        .hasSize(3);
  }
}
