package fr.portail.it;

import static fr.portail.it.Journeys.loggedIn;
import static fr.portail.it.Journeys.sendContactRequest;
import static fr.portail.it.Journeys.taskLinks;
import static fr.portail.it.Journeys.taskOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff workspace over HTTP: the inbox filters on the server and shows only the caller's
 * agencies; tasks are handed to colleagues of the same role and agency only; notes and saved
 * filters belong to who wrote them; the request view, its diagram and its files answer 404 outside
 * the caller's scope.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void theInboxShowsTheAgencysTasksAndFiltersThemOnTheServer() throws Exception {
    TestData.Fixture fixture;
    TestData.Fixture elsewhere;
    String neighbour;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      elsewhere = TestData.create(c);
      neighbour = TestData.addTenant(c, fixture, "Bernardin");
    }
    String first =
        sendContactRequest(loggedIn(fixture.tenantEmail()), fixture.contractId(), "Premier");
    PortalClient neighbourClient = loggedIn(neighbour);
    String second =
        sendContactRequest(neighbourClient, Journeys.contractOf(neighbour), "Du voisin Bernardin");
    String foreign =
        sendContactRequest(
            loggedIn(elsewhere.tenantEmail()), elsewhere.contractId(), "Autre agence");

    PortalClient officer = loggedIn(fixture.officerEmail());
    HttpResponse<String> inbox = officer.get("/gestion/corbeille.xhtml");
    assertThat(taskLinks(inbox)).contains(taskOf(first), taskOf(second));
    assertThat(taskLinks(inbox)).doesNotContain(taskOf(foreign));
    assertThat(inbox.body()).contains("BERNARDIN Paul", fixture.tenantName(), "Demande de contact");

    HttpResponse<String> byTenant =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"),
            "inboxForm",
            Map.of("tenant", "bernardin"),
            "apply");
    assertThat(taskLinks(byTenant)).containsExactly(taskOf(second));

    HttpResponse<String> byNumber =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"), "inboxForm", Map.of("tenant", first), "apply");
    assertThat(taskLinks(byNumber)).containsExactly(taskOf(first));

    HttpResponse<String> ownAgency =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"),
            "inboxForm",
            Map.of("agency", fixture.agencyCode()),
            "apply");
    assertThat(taskLinks(ownAgency)).contains(taskOf(first), taskOf(second));
    HttpResponse<String> otherAgency =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"),
            "inboxForm",
            Map.of("agency", elsewhere.agencyCode()),
            "apply");
    assertThat(otherAgency.body())
        .as("an agency that is not the officer's cannot be chosen")
        .contains("Choisissez une valeur de la liste.");

    HttpResponse<String> noDueDate =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"), "inboxForm", Map.of("due", "LATE"), "apply");
    assertThat(taskLinks(noDueDate))
        .as("contact requests have no due date: none is late")
        .doesNotContain(taskOf(first), taskOf(second));

    officer.submit(
        officer.get("/gestion/taches/contact.xhtml?tache=" + taskOf(first)),
        "claimForm",
        Map.of(),
        "claim");
    HttpResponse<String> mine =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"), "inboxForm", Map.of("scope", "MINE"), "apply");
    assertThat(taskLinks(mine)).containsExactly(taskOf(first));
    HttpResponse<String> unclaimed =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"),
            "inboxForm",
            Map.of("scope", "UNCLAIMED"),
            "apply");
    assertThat(taskLinks(unclaimed)).contains(taskOf(second)).doesNotContain(taskOf(first));
  }

  @Test
  void savedFiltersComeBackForTheirAuthorOnly() throws Exception {
    TestData.Fixture fixture;
    String colleague;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      colleague = TestData.addOfficer(c, fixture, "b");
    }
    PortalClient officer = loggedIn(fixture.officerEmail());
    HttpResponse<String> saved =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"),
            "inboxForm",
            Map.of("tenant", "Durand", "due", "TODAY", "filterName", "Durand du jour"),
            "saveFilter");
    assertThat(saved.body()).contains("Filtre « Durand du jour » enregistré.");

    HttpResponse<String> empty =
        officer.submit(
            officer.get("/gestion/corbeille.xhtml"),
            "inboxForm",
            Map.of("filterName", " "),
            "saveFilter");
    assertThat(empty.body()).contains("Donnez un nom au filtre.");

    HttpResponse<String> page = officer.get("/gestion/corbeille.xhtml");
    String filterId = optionValue(page, "Durand du jour");
    HttpResponse<String> applied =
        officer.submit(page, "inboxForm", Map.of("savedFilter", filterId), "applySaved");
    assertThat(applied.body())
        .contains("value=\"Durand\"")
        .containsPattern("<option value=\"TODAY\" selected=\"selected\"");

    assertThat(loggedIn(colleague).get("/gestion/corbeille.xhtml").body())
        .doesNotContain("Durand du jour");
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from inbox_saved_filter where account_id = ? and criteria ="
                      + " 'tenant=Durand&due=TODAY'",
                  fixture.officerId()))
          .isEqualTo(1);
    }
  }

  @Test
  void aTaskIsHandedToAColleagueOfTheSameAgencyOnlyAndTheNotesStayInternal() throws Exception {
    TestData.Fixture fixture;
    TestData.Fixture elsewhere;
    String colleague;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      elsewhere = TestData.create(c);
      colleague = TestData.addOfficer(c, fixture, "b");
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number = sendContactRequest(tenant, fixture.contractId(), "À confier");
    String taskId = taskOf(number);
    PortalClient officer = loggedIn(fixture.officerEmail());
    HttpResponse<String> task = officer.get("/gestion/taches/contact.xhtml?tache=" + taskId);
    assertThat(task.body()).contains("Conseiller " + fixture.n() + "b");
    assertThat(task.body()).doesNotContain("Conseiller " + elsewhere.n());

    HttpResponse<String> noted =
        officer.submit(
            task, "commentForm", Map.of("comment", "Locataire joignable le matin"), "addComment");
    assertThat(noted.body()).contains("Note ajoutée.", "Locataire joignable le matin");

    HttpResponse<String> refused =
        officer.submit(
            noted,
            "delegateForm",
            Map.of("colleague", String.valueOf(elsewhere.officerId())),
            "delegate");
    assertThat(refused.body()).contains("Choisissez une valeur de la liste.");
    assertThat(assignee(taskId)).isNull();

    HttpResponse<String> handed =
        officer.submit(
            officer.get("/gestion/taches/contact.xhtml?tache=" + taskId),
            "delegateForm",
            Map.of("colleague", String.valueOf(accountId(colleague))),
            "delegate");
    assertThat(handed.uri().getPath()).isEqualTo("/portail/gestion/corbeille.xhtml");
    assertThat(handed.body()).contains("est confiée à votre collègue");
    assertThat(assignee(taskId)).isEqualTo(String.valueOf(accountId(colleague)));

    HttpResponse<String> colleagueTask =
        loggedIn(colleague).get("/gestion/taches/contact.xhtml?tache=" + taskId);
    assertThat(colleagueTask.body())
        .contains("Vous avez pris cette tâche.", "Locataire joignable le matin")
        .contains("a confié la tâche à Conseiller " + fixture.n() + "b");
    HttpResponse<String> holderSeen = officer.get("/gestion/taches/contact.xhtml?tache=" + taskId);
    assertThat(holderSeen.body()).contains("Prise par Conseiller " + fixture.n() + "b");

    assertThat(tenant.get("/locataire/demande.xhtml?numero=" + number).body())
        .contains("Prise en charge par votre agence")
        .doesNotContain("Locataire joignable le matin");
  }

  @Test
  void theRequestViewItsDiagramAndFilesAnswerNotFoundOutsideTheScope() throws Exception {
    TestData.Fixture fixture;
    TestData.Fixture elsewhere;
    String number;
    long documentId;
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      elsewhere = TestData.create(c);
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    number = sendContactRequest(tenant, fixture.contractId(), "Avec pièce");
    long requestId = Journeys.requestId(number);
    try (Connection c = TestData.connect()) {
      documentId = TestData.addRequestDocument(c, number, "PHOTO", "fuite.png", "image/png", png);
    }

    PortalClient officer = loggedIn(fixture.officerEmail());
    HttpResponse<String> view = officer.get("/gestion/demande.xhtml?id=" + requestId);
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body())
        .contains("Répondre à la demande de contact", "data-active=\"answerContactTask\"")
        .contains("fuite.png");
    HttpResponse<String> xml = officer.get("/gestion/processus?demande=" + requestId);
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.contains("xml"));
    assertThat(xml.body()).contains("<process id=\"contactRequest\"");
    HttpResponse<byte[]> file = officer.getBytes("/gestion/piece?id=" + documentId);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(png);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> d.startsWith("inline"));
    assertThat(
            officer
                .getBytes("/gestion/piece?id=" + documentId + "&telecharger=1")
                .headers()
                .firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> d.startsWith("attachment; filename=\"fuite.png\""));

    HttpResponse<byte[]> own = tenant.getBytes("/locataire/piece?id=" + documentId);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(png);
    assertThat(tenant.get("/locataire/demande.xhtml?numero=" + number).body())
        .contains("fuite.png");

    PortalClient otherOfficer = loggedIn(elsewhere.officerEmail());
    PortalClient otherTenant = loggedIn(elsewhere.tenantEmail());
    assertThat(otherOfficer.get("/gestion/demande.xhtml?id=" + requestId).statusCode())
        .isEqualTo(404);
    assertThat(otherOfficer.get("/gestion/processus?demande=" + requestId).statusCode())
        .isEqualTo(404);
    assertThat(otherOfficer.getBytes("/gestion/piece?id=" + documentId).statusCode())
        .isEqualTo(404);
    assertThat(otherTenant.getBytes("/locataire/piece?id=" + documentId).statusCode())
        .isEqualTo(404);
    assertThat(otherTenant.getBytes("/locataire/piece?id=abc").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> tenantOnStaffSide = tenant.getBytes("/gestion/piece?id=" + documentId);
    assertThat(tenantOnStaffSide.statusCode()).isEqualTo(403);
    assertThat(new String(tenantOnStaffSide.body(), StandardCharsets.UTF_8)).doesNotContain("PNG");
  }

  private static String optionValue(HttpResponse<String> page, String label) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<option value=\"(\\d+)\"[^>]*>" + java.util.regex.Pattern.quote(label) + "<")
            .matcher(page.body());
    assertThat(m.find()).as("option " + label).isTrue();
    return m.group(1);
  }

  private static long accountId(String email) throws Exception {
    try (Connection c = TestData.connect()) {
      return TestData.count(c, "select id from user_account where email = ?", email);
    }
  }

  private static String assignee(String taskId) throws Exception {
    try (Connection c = TestData.connect();
        var ps = c.prepareStatement("select assignee_ from act_ru_task where id_ = ?")) {
      ps.setString(1, taskId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
