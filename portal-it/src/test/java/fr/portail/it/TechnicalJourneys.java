package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.it.PortalClient.FilePart;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Steps of the technical request over HTTP, as each role's pages take them. */
final class TechnicalJourneys {

  /** The tenant's slots: every morning and afternoon from Monday to Saturday. */
  static final List<String> SLOTS =
      List.of(
          "MONDAY_MORNING",
          "TUESDAY_MORNING",
          "TUESDAY_AFTERNOON",
          "WEDNESDAY_MORNING",
          "THURSDAY_MORNING",
          "FRIDAY_MORNING",
          "SATURDAY_MORNING");

  static final String PHONE = "06 12 34 56 78";

  private TechnicalJourneys() {}

  static FilePart photo(String name) {
    return new FilePart(name, "image/png", TechnicalTestData.png(64, 48, Color.BLUE));
  }

  /** Posts the tenant's technical form; returns the answer (the confirmation page if sent). */
  static HttpResponse<String> submit(
      PortalClient tenant, long contractId, String category, String urgency, List<FilePart> photos)
      throws Exception {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("contract", String.valueOf(contractId)));
    fields.add(Map.entry("category", category));
    fields.add(Map.entry("place", "Cuisine"));
    fields.add(Map.entry("floor", "3e"));
    fields.add(Map.entry("staircase", ""));
    fields.add(Map.entry("description", "De l'eau coule sous l'évier depuis ce matin."));
    fields.add(Map.entry("urgency", urgency));
    SLOTS.forEach(s -> fields.add(Map.entry("slots", s)));
    fields.add(Map.entry("phone", PHONE));
    fields.add(Map.entry("phoneConfirmed", "true"));
    List<FilePart> files =
        photos.isEmpty()
            ? List.of(new FilePart("", "application/octet-stream", new byte[0]))
            : photos;
    return tenant.submitMultipart(
        tenant.get("/locataire/nouvelle-demande-technique.xhtml"),
        "technicalForm",
        fields,
        Map.of("photos", files),
        "send");
  }

  /** Sends a technical request and returns its number. */
  static String send(PortalClient tenant, long contractId, String category, List<FilePart> photos)
      throws Exception {
    HttpResponse<String> sent = submit(tenant, contractId, category, "NORMAL", photos);
    assertThat(sent.uri().getPath())
        .as(TechnicalJourneys.messages(sent))
        .isEqualTo("/portail/locataire/demande-technique-envoyee.xhtml");
    return sent.uri().getQuery().replace("numero=", "");
  }

  /** The caretaker's decision on the request's triage task. */
  static HttpResponse<String> triage(
      PortalClient caretaker, String number, Map<String, String> fields) throws Exception {
    return caretaker.submit(
        caretaker.get("/gestion/taches/tri-technique.xhtml?tache=" + Journeys.taskOf(number)),
        "triageForm",
        fields,
        "decide");
  }

  static HttpResponse<String> askIntervention(PortalClient caretaker, String number)
      throws Exception {
    return triage(
        caretaker,
        number,
        Map.of(
            "decision", "INTERVENTION",
            "diagnosis", "Siphon fendu sous l'évier : il faut un plombier.",
            "trade", "PLOMBERIE"));
  }

  static HttpResponse<String> order(PortalClient manager, String number, long contractorId)
      throws Exception {
    return manager.submit(
        manager.get("/gestion/taches/commande-intervention.xhtml?tache=" + Journeys.taskOf(number)),
        "orderForm",
        Map.of(
            "contractor",
            String.valueOf(contractorId),
            "date",
            appointmentDay(),
            "time",
            "09:30",
            "instructions",
            "Prévoir un siphon de 40 mm."),
        "order");
  }

  static HttpResponse<String> accept(PortalClient contractor, String number) throws Exception {
    return contractor.submit(
        contractor.get(
            "/gestion/taches/intervention-commandee.xhtml?tache=" + Journeys.taskOf(number)),
        "acceptForm",
        Map.of("answer", "ACCEPTED", "date", appointmentDay(), "time", "09:30"),
        "respond");
  }

  static HttpResponse<String> reportDone(
      PortalClient contractor, String number, List<FilePart> photos) throws Exception {
    List<FilePart> files =
        photos.isEmpty()
            ? List.of(new FilePart("", "application/octet-stream", new byte[0]))
            : photos;
    return contractor.submitMultipart(
        contractor.get("/gestion/taches/intervention.xhtml?tache=" + Journeys.taskOf(number)),
        "performForm",
        List.of(
            Map.entry("outcome", "DONE"),
            Map.entry("reportText", "Siphon remplacé, plus de fuite."),
            Map.entry("minutes", "45"),
            Map.entry("reason", "")),
        Map.of("photos", files),
        "send");
  }

  /** A Tuesday at least two days ahead, "jj/mm/aaaa": a morning slot of the tenant. */
  static String appointmentDay() {
    LocalDate day =
        LocalDate.now(ZoneId.of("Europe/Paris"))
            .plusDays(2)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    while (!day.getDayOfWeek().equals(DayOfWeek.TUESDAY) || isHoliday(day)) {
      day = day.plusWeeks(1);
    }
    return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private static boolean isHoliday(LocalDate day) {
    return fr.portail.domain.shared.WorkingDays.holidayOn(day).isPresent();
  }

  /** The page's messages (information and errors, with the fields'), as the reader sees them. */
  static String messages(HttpResponse<String> page) {
    java.util.regex.Matcher global =
        java.util.regex.Pattern.compile("(?s)<ul id=\"pageMessages\"[^>]*>(.*?)</ul>")
            .matcher(page.body());
    java.util.regex.Matcher fields =
        java.util.regex.Pattern.compile("(?s)class=\"field__error\"[^>]*>(.*?)</span>")
            .matcher(page.body());
    StringBuilder out = new StringBuilder(page.statusCode() + " " + page.uri().getPath() + " ");
    if (global.find()) {
      out.append(global.group(1).replaceAll("<[^>]+>", " ").strip());
    }
    while (fields.find()) {
      out.append(" [champ] ").append(fields.group(1).strip());
    }
    return out.toString();
  }
}
