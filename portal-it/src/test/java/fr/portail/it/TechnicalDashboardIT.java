package fr.portail.it;

import static fr.portail.it.Journeys.loggedIn;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.it.DashboardTestData.Request;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The technical managers' dashboard over HTTP, with technical requests in two agencies: the manager
 * of agency A sees A's figures, exactly, and never B's (nor can he ask for them); the time per step
 * comes from the engine's history of a request sent through the tenant's form and triaged by the
 * caretaker; the CSV export reads back to the rows of the table; staff without the role and tenants
 * get 403.
 */
@ExtendWith(ArquillianExtension.class)
class TechnicalDashboardIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String PAGE = "/gestion/tableau-de-bord.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  private TestData.Fixture a;
  private TestData.Fixture b;
  private String managerA;
  private String managerB;
  private String acacias;
  private final Map<String, String> numbersA = new LinkedHashMap<>();
  private final List<String> numbersB = new ArrayList<>();
  private String sentA;
  private String sentB;

  @BeforeEach
  void twoAgenciesWithTechnicalRequests() throws Exception {
    Instant now = Instant.now();
    String caretakerA;
    String caretakerB;
    try (Connection c = TestData.connect()) {
      a = TestData.create(c);
      b = TestData.create(c);
      TechnicalTestData.Staff staffA = TechnicalTestData.create(c, a);
      TechnicalTestData.Staff staffB = TechnicalTestData.create(c, b);
      managerA = staffA.managerEmail();
      managerB = staffB.managerEmail();
      caretakerA = staffA.caretakerEmail();
      caretakerB = staffB.caretakerEmail();
      long tilleuls = DashboardTestData.residenceOf(c, a.contractId());
      // A name that needs quoting in CSV and would be a formula in a spreadsheet.
      acacias = "=Acacias; \"bât. C\" " + a.n();
      long acaciasContract = DashboardTestData.contractInNewResidence(c, a, acacias);
      long acaciasId = DashboardTestData.residenceOf(c, acaciasContract);
      long k = a.contractId();
      numbersA.put(
          "urgent1h",
          DashboardTestData.store(
              c,
              Request.open(
                  k,
                  tilleuls,
                  "LOGEMENT_PLOMBERIE",
                  "URGENT",
                  now.minus(Duration.ofHours(1)),
                  "SUBMITTED",
                  false)));
      numbersA.put(
          "late5d",
          DashboardTestData.store(
              c,
              Request.open(
                  k,
                  tilleuls,
                  "LOGEMENT_PLOMBERIE",
                  "NORMAL",
                  now.minus(Duration.ofDays(5)),
                  "IN_PROGRESS",
                  true)));
      numbersA.put(
          "lift20d",
          DashboardTestData.store(
              c,
              Request.open(
                  acaciasContract,
                  acaciasId,
                  "COMMUNS_ASCENSEUR",
                  "NORMAL",
                  now.minus(Duration.ofDays(20)),
                  "IN_PROGRESS",
                  true)));
      numbersA.put(
          "heating45d",
          DashboardTestData.store(
              c,
              Request.open(
                  acaciasContract,
                  acaciasId,
                  "LOGEMENT_CHAUFFAGE",
                  "LOW",
                  now.minus(Duration.ofDays(45)),
                  "WAITING_TENANT",
                  false)));
      numbersA.put(
          "closed10d",
          DashboardTestData.store(
              c,
              Request.closed(
                  k,
                  tilleuls,
                  "LOGEMENT_ELECTRICITE",
                  now.minus(Duration.ofDays(14)),
                  "RESOLVED",
                  now.minus(Duration.ofDays(10)),
                  true,
                  4)));
      numbersA.put(
          "closed3d",
          DashboardTestData.store(
              c,
              Request.closed(
                  acaciasContract,
                  acaciasId,
                  "LOGEMENT_PLOMBERIE",
                  now.minus(Duration.ofDays(6)),
                  "RESOLVED",
                  now.minus(Duration.ofDays(3)),
                  false,
                  5)));
      numbersA.put(
          "upkeep60d",
          DashboardTestData.store(
              c,
              Request.closed(
                  k,
                  tilleuls,
                  "LOGEMENT_SANITAIRES",
                  now.minus(Duration.ofDays(62)),
                  "TENANT_UPKEEP",
                  now.minus(Duration.ofDays(60)),
                  false,
                  null)));
      numbersA.put(
          "closed190d",
          DashboardTestData.store(
              c,
              Request.closed(
                  k,
                  tilleuls,
                  "LOGEMENT_VITRERIE",
                  now.minus(Duration.ofDays(200)),
                  "RESOLVED",
                  now.minus(Duration.ofDays(190)),
                  false,
                  1)));
      long bResidence = DashboardTestData.residenceOf(c, b.contractId());
      for (int i = 0; i < 3; i++) {
        numbersB.add(
            DashboardTestData.store(
                c,
                Request.open(
                    b.contractId(),
                    bResidence,
                    "LOGEMENT_VITRERIE",
                    "NORMAL",
                    now.minus(Duration.ofDays(40 + i)),
                    "IN_PROGRESS",
                    true)));
      }
      numbersB.add(
          DashboardTestData.store(
              c,
              Request.closed(
                  b.contractId(),
                  bResidence,
                  "LOGEMENT_VITRERIE",
                  now.minus(Duration.ofDays(9)),
                  "RESOLVED",
                  now.minus(Duration.ofDays(8)),
                  true,
                  1)));
    }
    // One request in each agency through the tenant's form (its process starts), triaged by the
    // caretaker: the engine's history then holds one finished triage task per agency.
    sentA =
        TechnicalJourneys.send(
            loggedIn(a.tenantEmail()), a.contractId(), "LOGEMENT_PLOMBERIE", List.of());
    sentB =
        TechnicalJourneys.send(
            loggedIn(b.tenantEmail()), b.contractId(), "LOGEMENT_PLOMBERIE", List.of());
    assertTriaged(TechnicalJourneys.askIntervention(loggedIn(caretakerA), sentA));
    assertTriaged(TechnicalJourneys.askIntervention(loggedIn(caretakerB), sentB));
    numbersB.add(sentB);
    // The triage of A's request took from Monday 9:00 to Tuesday 10:00 (11 working hours, 25
    // calendar hours); B's from Monday 9:00 to Friday 17:00 (48 and 104), so a mix-up would show.
    LocalDate monday = recentWorkingMonday();
    setTaskTimes(sentA, at(monday, 9), at(monday.plusDays(1), 10));
    setTaskTimes(sentB, at(monday, 9), at(monday.plusDays(4), 17));
  }

  @Test
  void theManagerOfAgencyASeesItsFiguresExactlyAndNeverAgencyBs() throws Exception {
    PortalClient manager = loggedIn(managerA);
    HttpResponse<String> page = manager.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);

    // Open: the four stored and the one sent through the form; late: two.
    assertThat(figure(page, "figOpen")).isEqualTo("5");
    assertThat(figure(page, "figOpenLate")).isEqualTo("2");
    // (1 h + 5 d + 20 d + 45 d + a few seconds) / 5 = 14.0 days.
    assertThat(figure(page, "figOpenAge")).isEqualTo("14,0");
    // Over 90 days: closed 10, 3 and 60 days ago; the one of 190 days is out of the period.
    assertThat(figure(page, "figClosed")).isEqualTo("3");
    assertThat(figure(page, "figLateShare")).isEqualTo("33,3 % (1 sur 3)");
    assertThat(figure(page, "figResolution")).isEqualTo("3,0");
    assertThat(figure(page, "figSatisfaction")).isEqualTo("4,5");
    assertThat(figure(page, "figRatings")).isEqualTo("2");

    assertThat(rows(page, "byResidenceTable"))
        .containsExactly(List.of("Résidence " + a.n(), "3"), List.of(acacias, "2"));
    assertThat(rows(page, "byCategoryTable"))
        .containsExactly(
            List.of("Plomberie (fuite, canalisation, robinet)", "3"),
            List.of("Chauffage et eau chaude", "1"),
            List.of("Ascenseur", "1"));
    assertThat(rows(page, "byAgeTable"))
        .containsExactly(
            List.of("Moins de 2 jours", "2"),
            List.of("2 à 7 jours", "1"),
            List.of("8 à 30 jours", "1"),
            List.of("Plus de 30 jours", "1"));
    assertThat(rows(page, "ratingsTable"))
        .containsExactly(
            List.of("1 sur 5", "0"),
            List.of("2 sur 5", "0"),
            List.of("3 sur 5", "0"),
            List.of("4 sur 5", "1"),
            List.of("5 sur 5", "1"));
    assertThat(rows(page, "stepsTable"))
        .containsExactly(List.of("Tri par le gardien", "1", "11,0", "25,0"));
    // Five charts drawn from their JSON.
    assertThat(count(page.body(), "<canvas")).isEqualTo(5);

    // The table: the five open requests, late and oldest first, then the three closed in the
    // period, the latest closed first.
    List<String> tableNumbers = tableNumbers(page);
    assertThat(tableNumbers)
        .containsExactly(
            numbersA.get("lift20d"),
            numbersA.get("late5d"),
            numbersA.get("heating45d"),
            numbersA.get("urgent1h"),
            sentA,
            numbersA.get("closed3d"),
            numbersA.get("closed10d"),
            numbersA.get("upkeep60d"));
    assertThat(text(page.body())).contains("Commande de l'intervention", "En attente du locataire");
    for (String foreign : numbersB) {
      assertThat(page.body()).doesNotContain(">" + foreign + "<");
    }
    assertThat(page.body()).doesNotContain("Résidence " + b.n() + "<");

    // Over 365 days the closed request of 190 days ago and its rating of 1 come in.
    HttpResponse<String> year =
        manager.submit(page, "dashboardForm", Map.of("period", "365"), "apply");
    assertThat(figure(year, "figClosed")).isEqualTo("4");
    assertThat(figure(year, "figSatisfaction")).isEqualTo("3,3");
    // One residence: only its two open requests.
    HttpResponse<String> oneResidence =
        manager.submit(
            manager.get(PAGE),
            "dashboardForm",
            Map.of("agency", "", "residence", String.valueOf(residenceId(acacias)), "period", "90"),
            "apply");
    assertThat(figure(oneResidence, "figOpen"))
        .as(TechnicalJourneys.messages(oneResidence))
        .isEqualTo("2");
    assertThat(rows(oneResidence, "byResidenceTable")).containsExactly(List.of(acacias, "2"));
    assertThat(rows(oneResidence, "stepsTable")).isEmpty();

    // Agency B asked for by A's manager: refused, nothing of B shown.
    HttpResponse<String> foreignAgency =
        manager.submit(
            manager.get(PAGE), "dashboardForm", Map.of("agency", b.agencyCode()), "apply");
    assertThat(foreignAgency.body()).contains("field__error");
    for (String foreign : numbersB) {
      assertThat(foreignAgency.body()).doesNotContain(">" + foreign + "<");
    }
    HttpResponse<String> foreignResidence =
        manager.submit(
            manager.get(PAGE),
            "dashboardForm",
            Map.of(
                "residence",
                String.valueOf(DashboardTestData.residenceOf(TestData.connect(), b.contractId()))),
            "apply");
    assertThat(foreignResidence.body()).contains("field__error");
    assertThat(figure(foreignResidence, "figOpen")).isEqualTo("5");

    // B's manager sees B's only.
    HttpResponse<String> pageB = loggedIn(managerB).get(PAGE);
    assertThat(figure(pageB, "figOpen")).isEqualTo("4");
    assertThat(figure(pageB, "figOpenLate")).isEqualTo("3");
    assertThat(figure(pageB, "figClosed")).isEqualTo("1");
    assertThat(figure(pageB, "figSatisfaction")).isEqualTo("1,0");
    assertThat(rows(pageB, "stepsTable"))
        .containsExactly(List.of("Tri par le gardien", "1", "48,0", "104,0"));
    assertThat(tableNumbers(pageB)).containsExactlyInAnyOrderElementsOf(numbersB);
    for (String number : numbersA.values()) {
      assertThat(pageB.body()).doesNotContain(">" + number + "<");
    }
    assertThat(pageB.body()).doesNotContain("=Acacias; ");
  }

  @Test
  void theCsvExportReadsBackToTheRowsOfTheTable() throws Exception {
    PortalClient manager = loggedIn(managerA);
    HttpResponse<String> page = manager.get(PAGE);
    HttpResponse<String> csv = manager.submit(page, "dashboardForm", Map.of(), "export");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("demandes-techniques-" + LocalDate.now(PARIS) + ".csv");
    String body = csv.body();
    assertThat(body).startsWith("\uFEFF");
    assertThat(body).contains("\r\n");
    List<CSVRecord> records;
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(body.substring(1)),
            CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get())) {
      assertThat(parser.getHeaderNames())
          .containsExactly(
              "Numéro",
              "Résidence",
              "Catégorie",
              "Urgence",
              "Étape en cours ou issue",
              "Âge (jours)",
              "Échéance de l'étape",
              "En retard",
              "Note");
      records = parser.getRecords();
    }
    assertThat(records.stream().map(r -> r.get("Numéro")).toList())
        .containsExactlyElementsOf(tableNumbers(page));

    CSVRecord lift = records.get(0);
    assertThat(lift.get("Numéro")).isEqualTo(numbersA.get("lift20d"));
    // Quoted for its ';' and quotes, read back whole; neutralised as it starts with '='.
    assertThat(lift.get("Résidence")).isEqualTo("'" + acacias);
    assertThat(lift.get("Catégorie")).isEqualTo("Ascenseur");
    assertThat(lift.get("Urgence")).isEqualTo("Normal");
    assertThat(lift.get("Âge (jours)")).isEqualTo("20");
    assertThat(lift.get("En retard")).isEqualTo("Oui");
    assertThat(lift.get("Note")).isEmpty();
    CSVRecord sent = records.get(4);
    assertThat(sent.get("Numéro")).isEqualTo(sentA);
    assertThat(sent.get("Étape en cours ou issue")).isEqualTo("Commande de l'intervention");
    assertThat(sent.get("Échéance de l'étape")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    CSVRecord rated = records.get(5);
    assertThat(rated.get("Numéro")).isEqualTo(numbersA.get("closed3d"));
    assertThat(rated.get("Étape en cours ou issue")).isEqualTo("Résolue");
    assertThat(rated.get("Âge (jours)")).isEqualTo("3");
    assertThat(rated.get("Note")).isEqualTo("5");
    assertThat(records.get(7).get("Étape en cours ou issue"))
        .isEqualTo("Close : entretien à la charge du locataire");
  }

  @Test
  void staffWithoutTheRoleAndTenantsAreRefused() throws Exception {
    PortalClient officer = loggedIn(a.officerEmail());
    assertThat(officer.get(PAGE).statusCode()).isEqualTo(403);
    assertThat(officer.get("/gestion/corbeille.xhtml").body()).doesNotContain("tableau-de-bord");
    assertThat(loggedIn(a.tenantEmail()).get(PAGE).statusCode()).isEqualTo(403);
    HttpResponse<String> inbox = loggedIn(managerA).get("/gestion/corbeille.xhtml");
    assertThat(inbox.body()).contains("/portail/gestion/tableau-de-bord.xhtml\">Tableau de bord");
  }

  private static void assertTriaged(HttpResponse<String> done) {
    assertThat(done.uri().getPath())
        .as(TechnicalJourneys.messages(done))
        .endsWith("/gestion/corbeille.xhtml");
  }

  /** The last Monday at least a week ago whose Tuesday to Friday are working days too. */
  private static LocalDate recentWorkingMonday() {
    LocalDate day = LocalDate.now(PARIS).minusWeeks(1);
    while (day.getDayOfWeek() != DayOfWeek.MONDAY || !workingWeek(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static boolean workingWeek(LocalDate monday) {
    for (int i = 0; i < 5; i++) {
      if (!fr.portail.domain.shared.WorkingDays.isWorkingDay(monday.plusDays(i))) {
        return false;
      }
    }
    return true;
  }

  private static Instant at(LocalDate day, int hour) {
    return ZonedDateTime.of(day, LocalTime.of(hour, 0), PARIS).toInstant();
  }

  /** Moves the finished triage task of the request's process to the given times. */
  private static void setTaskTimes(String number, Instant start, Instant end) throws Exception {
    try (Connection c = TestData.connect()) {
      DashboardTestData.update(
          c,
          "update act_hi_taskinst t set start_time_ = ?, end_time_ = ?, duration_ = ? from"
              + " act_hi_procinst p where p.id_ = t.proc_inst_id_ and p.business_key_ = ? and"
              + " t.task_def_key_ = 'caretakerTriageTask' and t.end_time_ is not null",
          Timestamp.from(start),
          Timestamp.from(end),
          Duration.between(start, end).toMillis(),
          number);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ ="
                      + " t.proc_inst_id_ where p.business_key_ = ? and t.start_time_ = ?",
                  number,
                  Timestamp.from(start)))
          .isEqualTo(1);
    }
  }

  private static long residenceId(String name) throws Exception {
    return TestData.count("select id from residence where name = ?", name);
  }

  private static String figure(HttpResponse<String> page, String id) {
    Matcher m = Pattern.compile("(?s)<dd id=\"" + id + "\">(.*?)</dd>").matcher(page.body());
    assertThat(m.find()).as(id + " in " + page.body()).isTrue();
    return text(m.group(1));
  }

  /** The rows of a table of figures: header cell then data cells, as text. */
  private static List<List<String>> rows(HttpResponse<String> page, String tableId) {
    Matcher table =
        Pattern.compile("(?s)<table id=\"" + tableId + "\".*?<tbody>(.*?)</tbody>")
            .matcher(page.body());
    assertThat(table.find()).as(tableId).isTrue();
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table.group(1));
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
      while (cell.find()) {
        cells.add(text(cell.group(1)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The request numbers of the requests table, in its order. */
  private static List<String> tableNumbers(HttpResponse<String> page) {
    List<String> numbers = new ArrayList<>();
    Matcher m =
        Pattern.compile("href=\"[^\"]*/gestion/demande\\.xhtml\\?id=\\d+\"[^>]*>([^<]+)</a>")
            .matcher(page.body());
    while (m.find()) {
      numbers.add(m.group(1));
    }
    return numbers;
  }

  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static int count(String body, String what) {
    int n = 0;
    for (int i = body.indexOf(what); i >= 0; i = body.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
