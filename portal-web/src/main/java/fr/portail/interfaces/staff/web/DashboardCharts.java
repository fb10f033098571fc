package fr.portail.interfaces.staff.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configurations of the dashboard's charts (PrimeFaces' {@code p:chart} draws them
 * from this JSON on a canvas). The colours are the portal's, with enough contrast on white; every
 * chart has the same figures in a table beside it for those who cannot see the canvas.
 */
final class DashboardCharts {

  /** Distinct colours, each at least 3:1 against white (WCAG 1.4.11 for graphics). */
  static final List<String> PALETTE =
      List.of(
          "#00458a", "#b0004f", "#1b6b2f", "#8a4b00", "#5b2a86", "#006d75", "#7a5c00", "#4a4a4a");

  private DashboardCharts() {}

  /** Bars, one per label; horizontal for long labels (residences, steps). */
  static String bar(
      String series, List<String> labels, List<? extends Number> values, boolean horizontal) {
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", series)
            .add("data", numbers(values))
            .add("backgroundColor", PALETTE.get(0))
            .add("borderColor", PALETTE.get(0))
            .add("borderWidth", 1);
    JsonObjectBuilder valueAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    JsonObjectBuilder options =
        base()
            .add("indexAxis", horizontal ? "y" : "x")
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(horizontal ? "x" : "y", valueAxis)
                    .add(horizontal ? "y" : "x", Json.createObjectBuilder()))
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false)));
    return config("bar", labels, dataset, options);
  }

  /** A ring cut in one part per label, with its legend. */
  static String doughnut(String series, List<String> labels, List<? extends Number> values) {
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < labels.size(); i++) {
      colours.add(PALETTE.get(i % PALETTE.size()));
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", series)
            .add("data", numbers(values))
            .add("backgroundColor", colours);
    JsonObjectBuilder options =
        base()
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    return config("doughnut", labels, dataset, options);
  }

  private static JsonObjectBuilder base() {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false);
  }

  private static String config(
      String type, List<String> labels, JsonObjectBuilder dataset, JsonObjectBuilder options) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", type)
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", names)
                    .add("datasets", Json.createArrayBuilder().add(dataset)))
            .add("options", options)
            .build();
    return config.toString();
  }

  private static JsonArrayBuilder numbers(List<? extends Number> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Number v : values) {
      if (v instanceof Long || v instanceof Integer) {
        array.add(v.longValue());
      } else {
        array.add(Math.round(v.doubleValue() * 10) / 10.0);
      }
    }
    return array;
  }
}
