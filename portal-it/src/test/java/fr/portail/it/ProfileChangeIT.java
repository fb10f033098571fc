package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The profile change end to end over HTTP against the deployed EAR: the tenant's submission (the
 * request, its proposal and its process in one transaction), the officer's approval (applied to the
 * file with the task's completion), refusal (the file untouched), a supporting document asked,
 * refused when it is no PDF, sent and shown to the officer; two officers deciding at once; the
 * e-mails the tenant gets at each step; what a tenant cannot reach. Results are read back by SQL.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileChangeIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();

  private static final String NO_LONGER_AVAILABLE =
      "être traitée ou prise par un collègue : votre action n";
  private static final String TASK = "/gestion/taches/mise-a-jour-dossier.xhtml?tache=";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void aSubmissionStoresTheRequestItsProposalAndItsProcessTogetherAndOnlyOnePerFile()
      throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    HttpResponse<String> firstForm = tenant.get("/locataire/modifier-dossier.xhtml");
    HttpResponse<String> secondForm = tenant.get("/locataire/modifier-dossier.xhtml");
    assertThat(firstForm.body()).contains("Modifier mes coordonnées", fixture.fileNumber());

    HttpResponse<String> sent =
        post(tenant, firstForm, "contactForm", Map.of("mobilePhone", "07 12 34 56 78"), "send");

    assertThat(sent.uri().getPath()).isEqualTo("/portail/locataire/demande.xhtml");
    String number = numberOf(sent);
    assertThat(sent.body())
        .contains("Votre demande n° " + number + " est envoyée")
        .contains("Mise à jour de mes coordonnées", "Envoyée, en attente de prise en charge")
        .contains("Ce que vous avez demandé", "07 12 34 56 78");
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where number = ? and type = 'PROFILE_CHANGE'"
                      + " and status = 'SUBMITTED' and contract_id = ?",
                  number,
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from profile_change_proposal p join tenant_request r on r.id ="
                      + " p.request_id where r.number = ? and p.kind = 'CONTACT' and p.status ="
                      + " 'PENDING' and p.proposed_mobile_phone = '0712345678' and"
                      + " p.previous_mobile_phone is null",
                  number))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
                      + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ ="
                      + " 'reviewProfileChangeTask'",
                  number))
          .isEqualTo(1);
      assertThat(mobileOf(c, fixture)).as("not applied before approval").isNull();
    }
    assertThat(Mailbox.subjects(SMTP, fixture.tenantEmail(), 1))
        .containsExactly("Votre demande n° " + number + " : Demande envoyée");

    String file = tenant.get("/locataire/dossier.xhtml").body();
    assertThat(file)
        .contains("Une demande de mise à jour est en cours.", "Voir la demande n° " + number)
        .doesNotContain("id=\"editContact\"");
    assertThat(tenant.get("/locataire/modifier-dossier.xhtml").body())
        .contains("est déjà en cours")
        .doesNotContain("id=\"contactForm\"");

    HttpResponse<String> again =
        post(tenant, secondForm, "contactForm", Map.of("workPhone", "01 39 00 00 01"), "send");
    assertThat(messagesOf(again)).contains("est déjà en cours : attendez la réponse");
    assertThat(TestData.count(requestsOn(), fixture.contractId())).isEqualTo(1);
    assertThat(
            TestData.count(
                "select count(*) from profile_change_proposal where contract_id = ?",
                fixture.contractId()))
        .isEqualTo(1);
  }

  @Test
  void aFailureWhileTheProcessStartsLeavesNeitherRequestNorProposal() throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    HttpResponse<String> form = tenant.get("/locataire/modifier-dossier.xhtml");
    String trigger = "it_fail_start_" + fixture.n();
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      // The engine's first row of the new process fails, after the request and the proposal were
      // written in the same transaction.
      s.execute(
          "create function "
              + trigger
              + "() returns trigger language plpgsql as $$ begin if new.business_key_ in (select"
              + " number from tenant_request where contract_id = "
              + fixture.contractId()
              + ") then raise exception 'échec simulé du démarrage'; end if; return new; end $$");
      s.execute(
          "create trigger "
              + trigger
              + " before insert on act_ru_execution for each row execute function "
              + trigger
              + "()");
    }
    try {
      HttpResponse<String> failed =
          post(tenant, form, "contactForm", Map.of("mobilePhone", "0712345678"), "send");
      assertThat(failed.statusCode()).isEqualTo(500);
    } finally {
      try (Connection c = TestData.connect();
          Statement s = c.createStatement()) {
        s.execute("drop trigger " + trigger + " on act_ru_execution");
        s.execute("drop function " + trigger + "()");
      }
    }

    assertThat(TestData.count(requestsOn(), fixture.contractId())).isZero();
    assertThat(
            TestData.count(
                "select count(*) from profile_change_proposal where contract_id = ?",
                fixture.contractId()))
        .isZero();
    try (Connection c = TestData.connect()) {
      assertThat(mobileOf(c, fixture)).isNull();
    }
    Mailbox.assertNoneQueued(fixture.tenantEmail());
    assertThat(
            post(
                    tenant,
                    tenant.get("/locataire/modifier-dossier.xhtml"),
                    "contactForm",
                    Map.of("mobilePhone", "0712345678"),
                    "send")
                .uri()
                .getPath())
        .as("the file is free for a new request")
        .isEqualTo("/portail/locataire/demande.xhtml");
  }

  @Test
  void anApprovalAppliesTheChangeWithTheTaskCompletionAndTheTenantIsToldAtEachStep()
      throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number =
        numberOf(
            post(
                tenant,
                tenant.get("/locataire/modifier-dossier.xhtml"),
                "contactForm",
                Map.of("mobilePhone", "+33 7 12 34 56 78", "cafNumber", "7654321"),
                "send"));

    PortalClient officer = loggedIn(fixture.officerEmail());
    String taskPage = officer.get(TASK + taskOf(number)).body();
    assertThat(taskPage)
        .contains("Vérifier une mise à jour de dossier", fixture.tenantName())
        .contains("Informations proposées par le locataire");
    assertThat(changedRows(taskPage))
        .containsExactly("Téléphone mobile (modifié)", "Numéro d'allocataire CAF (modifié)");
    assertThat(taskPage).contains("07 12 34 56 78", "7654321", "Non renseigné");

    HttpResponse<String> done =
        officer.submit(officer.get(TASK + taskOf(number)), "approveForm", Map.of(), "approve");

    assertThat(done.uri().getPath()).isEqualTo("/portail/gestion/corbeille.xhtml");
    assertThat(done.body()).contains("La demande n° " + number + " est acceptée");
    try (Connection c = TestData.connect()) {
      assertThat(mobileOf(c, fixture)).isEqualTo("0712345678");
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from person p join occupant o on o.person_id = p.id where"
                      + " o.contract_id = ? and p.caf_number = '7654321'",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(statusOf(c, number)).isEqualTo("CLOSED/APPROVED");
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from profile_change_proposal p join tenant_request r on r.id ="
                      + " p.request_id where r.number = ? and p.status = 'APPLIED' and"
                      + " p.decided_at is not null",
                  number))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c, "select count(*) from act_ru_execution where business_key_ = ?", number))
          .isZero();
    }
    assertThat(Mailbox.subjects(SMTP, fixture.tenantEmail(), 3))
        .containsExactly(
            "Votre demande n° " + number + " : Demande envoyée",
            "Votre demande n° " + number + " : Prise en charge par votre agence",
            "Votre demande n° " + number + " : Demande acceptée");
    MimeMessage accepted = Mailbox.to(SMTP, fixture.tenantEmail()).get(2);
    assertThat(Mailbox.part(accepted, "text/plain"))
        .contains("Votre dossier est mis à jour", "/locataire/demande.xhtml?numero=" + number);

    assertThat(tenant.get("/locataire/dossier.xhtml").body())
        .contains("07 12 34 56 78", "7654321")
        .doesNotContain("Une demande de mise à jour est en cours.")
        .contains("id=\"editContact\"");
    assertThat(tenant.get("/locataire/demande.xhtml?numero=" + number).body())
        .contains(
            "Acceptée", "Demande envoyée", "Prise en charge par votre agence", "Demande acceptée");
  }

  @Test
  void aRefusalNeedsAReasonAndLeavesTheFileUnchanged() throws Exception {
    TestData.Fixture fixture = fixture();
    try (Connection c = TestData.connect()) {
      update(
          c,
          "update person set mobile_phone = '0611111111' where id = (select person_id from"
              + " user_account where id = ?)",
          fixture.tenantId());
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number =
        numberOf(
            post(
                tenant,
                tenant.get("/locataire/modifier-dossier.xhtml"),
                "contactForm",
                Map.of("mobilePhone", "0622222222", "contactEmail", "alice.perso@exemple.fr"),
                "send"));
    PortalClient officer = loggedIn(fixture.officerEmail());

    HttpResponse<String> blank =
        officer.submit(
            officer.get(TASK + taskOf(number)), "rejectForm", Map.of("reason", "  "), "reject");
    assertThat(blank.body()).contains("Donnez le motif du refus : le locataire le lira.");
    try (Connection c = TestData.connect()) {
      assertThat(statusOf(c, number)).isEqualTo("SUBMITTED/null");
    }

    String reason = "Ce numéro de mobile est celui d'un autre locataire : appelez l'agence.";
    HttpResponse<String> done =
        officer.submit(
            officer.get(TASK + taskOf(number)), "rejectForm", Map.of("reason", reason), "reject");

    assertThat(done.body()).contains("La demande n° " + number + " est refusée");
    try (Connection c = TestData.connect()) {
      assertThat(mobileOf(c, fixture)).isEqualTo("0611111111");
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from person where id = (select person_id from user_account"
                      + " where id = ?) and contact_email is null",
                  fixture.tenantId()))
          .isEqualTo(1);
      assertThat(statusOf(c, number)).isEqualTo("CLOSED/REJECTED");
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where number = ? and outcome = ?",
                  number,
                  reason))
          .isEqualTo(1);
    }
    assertThat(tenant.get("/locataire/demande.xhtml?numero=" + number).body())
        .contains("Refusée", "Ce numéro de mobile est celui d'un autre locataire");
    List<MimeMessage> mails = Mailbox.exactly(SMTP, fixture.tenantEmail(), 3);
    assertThat(Mailbox.subject(mails.get(2))).endsWith(": Demande refusée");
    assertThat(Mailbox.part(mails.get(2), "text/plain")).contains("Réponse : " + reason);
    assertThat(tenant.get("/locataire/dossier.xhtml").body()).contains("06 11 11 11 11");
  }

  @Test
  void aDocumentIsAskedTheTenantSendsARealPdfTheOfficerSeesItAndApproves() throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    HttpResponse<String> form = tenant.get("/locataire/modifier-occupants.xhtml");
    assertThat(form.body()).contains("Modifier les occupants du logement", "Signataires du bail");
    String number =
        numberOf(
            post(
                tenant,
                form,
                "occupantsForm",
                Map.of(
                    "newcomers:0:civility", "MME",
                    "newcomers:0:lastName", "Dupuis",
                    "newcomers:0:firstName", "Léa",
                    "newcomers:0:birthDate", "2025-11-20",
                    "newcomers:0:relationship", "enfant"),
                "send"));
    assertThat(tenant.get("/locataire/contrat.xhtml").body())
        .contains("Une demande de mise à jour est en cours.")
        .doesNotContain("Modifier les occupants</a>");

    PortalClient officer = loggedIn(fixture.officerEmail());
    String taskPage = officer.get(TASK + taskOf(number)).body();
    assertThat(taskPage).contains("Arrivée dans le logement", "Léa", "20/11/2025", "enfant");
    assertThat(taskPage).contains("Aucun justificatif n'est joint pour l'instant.");

    HttpResponse<String> noWhat =
        officer.submit(
            officer.get(TASK + taskOf(number)), "documentForm", Map.of("documentAsked", ""), "ask");
    assertThat(noWhat.body()).contains("Précisez le justificatif demandé");
    HttpResponse<String> asked =
        officer.submit(
            officer.get(TASK + taskOf(number)),
            "documentForm",
            Map.of("documentAsked", "L'acte de naissance de Léa"),
            "ask");
    assertThat(asked.body()).contains("Le justificatif est demandé au locataire");
    try (Connection c = TestData.connect()) {
      assertThat(statusOf(c, number)).isEqualTo("WAITING_TENANT/null");
    }
    List<MimeMessage> mails = Mailbox.exactly(SMTP, fixture.tenantEmail(), 3);
    assertThat(Mailbox.subject(mails.get(2))).endsWith(": Un justificatif vous est demandé");
    assertThat(Mailbox.part(mails.get(2), "text/plain"))
        .contains("Précision : L'acte de naissance de Léa");

    HttpResponse<String> detail = tenant.get("/locataire/demande.xhtml?numero=" + number);
    assertThat(detail.body())
        .contains("Envoyer le justificatif demandé", "L'acte de naissance de Léa")
        .contains("enctype=\"multipart/form-data\"");

    byte[] fake = "Ceci n'est pas un PDF.\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused =
        tenant.submitWithFiles(
            detail,
            "documentForm",
            Map.of(),
            Map.of("document", new PortalClient.FilePart("acte.pdf", "application/pdf", fake)),
            "send");
    assertThat(refused.body()).contains("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG");
    try (Connection c = TestData.connect()) {
      assertThat(documentsOf(c, number)).isZero();
      assertThat(statusOf(c, number)).isEqualTo("WAITING_TENANT/null");
    }

    byte[] pdf = pdf("Acte de naissance de Léa Testeur" + fixture.n());
    HttpResponse<String> uploaded =
        tenant.submitWithFiles(
            tenant.get("/locataire/demande.xhtml?numero=" + number),
            "documentForm",
            Map.of(),
            Map.of(
                "document",
                new PortalClient.FilePart("acte-naissance.pdf", "application/pdf", pdf)),
            "send");
    assertThat(uploaded.body())
        .contains("votre justificatif est transmis à votre agence")
        .doesNotContain("id=\"documentForm\"")
        .contains("Justificatif reçu");
    long documentId;
    try (Connection c = TestData.connect()) {
      assertThat(documentsOf(c, number)).isEqualTo(1);
      assertThat(statusOf(c, number)).isEqualTo("IN_PROGRESS/null");
      documentId =
          TestData.count(
              c,
              "select d.id from request_document d join tenant_request r on r.id = d.request_id"
                  + " where r.number = ? and d.kind = 'SUPPORTING_DOCUMENT' and d.content_type ="
                  + " 'application/pdf' and d.file_name = 'acte-naissance.pdf'",
              number);
    }
    assertThat(Mailbox.subject(Mailbox.exactly(SMTP, fixture.tenantEmail(), 4).get(3)))
        .endsWith(": Justificatif reçu");

    String again = officer.get(TASK + taskOf(number)).body();
    assertThat(again)
        .contains(
            "<object class=\"viewer__pdf\" data=\"/portail/gestion/piece?id=" + documentId + "\"")
        .contains("acte-naissance.pdf");
    HttpResponse<byte[]> shown = officer.getBytes("/gestion/piece?id=" + documentId);
    assertThat(shown.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(shown.body()).isEqualTo(pdf);

    HttpResponse<String> approved =
        officer.submit(officer.get(TASK + taskOf(number)), "approveForm", Map.of(), "approve");
    assertThat(approved.body()).contains("est acceptée");
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from occupant o join person p on p.id = o.person_id where"
                      + " o.contract_id = ? and p.first_name = 'Léa' and p.birth_date = date"
                      + " '2025-11-20' and p.civility = 'MME' and o.relationship = 'enfant' and not"
                      + " o.signatory",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(statusOf(c, number)).isEqualTo("CLOSED/APPROVED");
    }
    assertThat(tenant.get("/locataire/contrat.xhtml").body()).contains("Léa", "20/11/2025");
  }

  @Test
  void aFailureAfterTheChangeIsAppliedRollsBackTheChangeAndKeepsTheTask() throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number =
        numberOf(
            post(
                tenant,
                tenant.get("/locataire/modifier-dossier.xhtml"),
                "contactForm",
                Map.of("mobilePhone", "0712345678"),
                "send"));
    String taskId = taskOf(number);
    PortalClient officer = loggedIn(fixture.officerEmail());
    HttpResponse<String> page = officer.get(TASK + taskId);
    String trigger = "it_fail_end_" + fixture.n();
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      // The process's end is written last, after the person was changed and the request closed.
      s.execute(
          "create function "
              + trigger
              + "() returns trigger language plpgsql as $$ begin if new.business_key_ = '"
              + number
              + "' and new.end_time_ is not null then raise exception 'échec simulé de la fin';"
              + " end if; return new; end $$");
      s.execute(
          "create trigger "
              + trigger
              + " before update on act_hi_procinst for each row execute function "
              + trigger
              + "()");
    }
    try {
      assertThat(officer.submit(page, "approveForm", Map.of(), "approve").statusCode())
          .isEqualTo(500);
    } finally {
      try (Connection c = TestData.connect();
          Statement s = c.createStatement()) {
        s.execute("drop trigger " + trigger + " on act_hi_procinst");
        s.execute("drop function " + trigger + "()");
      }
    }

    try (Connection c = TestData.connect()) {
      assertThat(mobileOf(c, fixture)).isNull();
      assertThat(statusOf(c, number)).isEqualTo("SUBMITTED/null");
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from profile_change_proposal p join tenant_request r on r.id ="
                      + " p.request_id where r.number = ? and p.status = 'PENDING'",
                  number))
          .isEqualTo(1);
      assertThat(TestData.count(c, "select count(*) from act_ru_task where id_ = ?", taskId))
          .as("the task waits where it was")
          .isEqualTo(1);
    }
    assertThat(
            officer.submit(officer.get(TASK + taskId), "approveForm", Map.of(), "approve").body())
        .contains("est acceptée");
    try (Connection c = TestData.connect()) {
      assertThat(mobileOf(c, fixture)).isEqualTo("0712345678");
    }
  }

  @Test
  void twoOfficersDecidingAtOnceYieldOneDecisionAndAClearMessage() throws Exception {
    TestData.Fixture fixture;
    String secondOfficer;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      secondOfficer = TestData.addOfficer(c, fixture, "b");
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number =
        numberOf(
            post(
                tenant,
                tenant.get("/locataire/modifier-dossier.xhtml"),
                "contactForm",
                Map.of("mobilePhone", "0712345678"),
                "send"));
    String taskId = taskOf(number);
    PortalClient first = loggedIn(fixture.officerEmail());
    PortalClient second = loggedIn(secondOfficer);
    HttpResponse<String> firstPage = first.get(TASK + taskId);
    HttpResponse<String> secondPage = second.get(TASK + taskId);

    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> approve =
        whenReleased(first, firstPage, "approveForm", Map.of(), "approve", start);
    CompletableFuture<HttpResponse<String>> reject =
        whenReleased(
            second, secondPage, "rejectForm", Map.of("reason", "Numéro inconnu."), "reject", start);
    start.countDown();
    List<String> messages = List.of(messagesOf(approve.get()), messagesOf(reject.get()));

    assertThat(messages)
        .as(messages.toString())
        .filteredOn(m -> m.contains("est acceptée") || m.contains("est refusée"))
        .hasSize(1);
    assertThat(messages)
        .as(messages.toString())
        .filteredOn(m -> m.contains(NO_LONGER_AVAILABLE))
        .hasSize(1);
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from request_step s join tenant_request r on r.id = s.request_id"
                      + " where r.number = ? and s.step_key like 'step.closed.%'",
                  number))
          .isEqualTo(1);
      String status = statusOf(c, number);
      assertThat(status).isIn("CLOSED/APPROVED", "CLOSED/REJECTED");
      assertThat(mobileOf(c, fixture))
          .isEqualTo(status.equals("CLOSED/APPROVED") ? "0712345678" : null);
    }
  }

  @Test
  void badInputIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());

    HttpResponse<String> contact =
        post(
            tenant,
            tenant.get("/locataire/modifier-dossier.xhtml"),
            "contactForm",
            Map.of(
                "homePhone", "0".repeat(10_000),
                "mobilePhone", "06 12 34",
                "contactEmail", "pas-une-adresse",
                "cafNumber", "12ab567"),
            "send");
    assertThat(fieldErrors(contact))
        .containsEntry(
            "contactForm:homePhone",
            "Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 23 45 67 89.")
        .containsEntry(
            "contactForm:mobilePhone",
            "Saisissez un numéro de téléphone français à 10 chiffres, par exemple 06 12 34 56 78.")
        .containsEntry(
            "contactForm:contactEmail",
            "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")
        .containsEntry(
            "contactForm:cafNumber",
            "Le numéro d'allocataire CAF compte 7 chiffres, par exemple 1234567.");

    HttpResponse<String> unchanged =
        post(
            tenant,
            tenant.get("/locataire/modifier-dossier.xhtml"),
            "contactForm",
            Map.of(),
            "send");
    assertThat(messagesOf(unchanged)).contains("Votre demande ne contient aucune modification");

    HttpResponse<String> occupants =
        post(
            tenant,
            tenant.get("/locataire/modifier-occupants.xhtml"),
            "occupantsForm",
            Map.of(
                "newcomers:0:civility", "M",
                "newcomers:0:lastName", "<script>alert('x')</script>",
                "newcomers:0:firstName", "L".repeat(10_000),
                "newcomers:0:birthDate", "2999-01-01"),
            "send");
    assertThat(fieldErrors(occupants))
        .containsEntry(
            "occupantsForm:newcomers:0:lastName",
            "Saisissez le nom : lettres, espaces, tirets ou apostrophes, 100 caractères au plus.")
        .containsEntry(
            "occupantsForm:newcomers:0:firstName",
            "Saisissez le prénom : lettres, espaces, tirets ou apostrophes, 100 caractères au plus.")
        .containsEntry(
            "occupantsForm:newcomers:0:birthDate",
            "Saisissez une date de naissance valide (jour, mois, année) qui ne soit pas dans le futur.");
    assertThat(occupants.body()).doesNotContain("<script>alert('x')</script>");

    HttpResponse<String> incomplete =
        post(
            tenant,
            tenant.get("/locataire/modifier-occupants.xhtml"),
            "occupantsForm",
            Map.of("newcomers:0:firstName", "Léo"),
            "send");
    assertThat(fieldErrors(incomplete))
        .containsEntry(
            "occupantsForm:newcomers:0:lastName",
            "Saisissez le nom : lettres, espaces, tirets ou apostrophes, 100 caractères au plus.")
        .containsEntry("occupantsForm:newcomers:0:civility", "Choisissez la civilité.")
        .containsEntry("occupantsForm:newcomers:0:relationship", "Choisissez le lien de parenté.")
        .doesNotContainKey("occupantsForm:newcomers:0:firstName");

    assertThat(TestData.count(requestsOn(), fixture.contractId())).isZero();
    assertThat(
            TestData.count(
                "select count(*) from profile_change_proposal where contract_id = ?",
                fixture.contractId()))
        .isZero();
  }

  @Test
  void aTenantReachesNeitherAnotherTenantsHouseholdNorRequestAndOnlyHisAgencysOfficersTheTask()
      throws Exception {
    TestData.Fixture mine = fixture();
    TestData.Fixture other = fixture();
    long otherChild;
    try (Connection c = TestData.connect()) {
      otherChild = addChild(c, other, "Noé");
    }
    PortalClient otherTenant = loggedIn(other.tenantEmail());
    String otherNumber =
        numberOf(
            post(
                otherTenant,
                otherTenant.get("/locataire/modifier-dossier.xhtml"),
                "contactForm",
                Map.of("mobilePhone", "0712345678"),
                "send"));
    PortalClient tenant = loggedIn(mine.tenantEmail());

    assertThat(
            tenant
                .get("/locataire/modifier-occupants.xhtml?contrat=" + other.contractId())
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> foreign = tenant.get("/locataire/demande.xhtml?numero=" + otherNumber);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("07 12 34 56 78");
    HttpResponse<String> ownForm = tenant.get("/locataire/modifier-occupants.xhtml");
    assertThat(ownForm.body()).doesNotContain("Noé").contains(mine.fileNumber());

    PortalClient strangerOfficer = loggedIn(mine.officerEmail());
    assertThat(strangerOfficer.get(TASK + taskOf(otherNumber)).statusCode()).isEqualTo(404);

    try (Connection c = TestData.connect()) {
      assertThat(TestData.count(c, "select count(*) from occupant where id = ?", otherChild))
          .isEqualTo(1);
      assertThat(TestData.count(c, requestsOn(), mine.contractId())).isZero();
    }
  }

  @Test
  void anOccupantWhoLeftIsRemovedOnApprovalAndACorrectionApplied() throws Exception {
    TestData.Fixture fixture = fixture();
    long leaving;
    long corrected;
    try (Connection c = TestData.connect()) {
      leaving = addChild(c, fixture, "Hugo");
      corrected = addChild(c, fixture, "Lina");
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    HttpResponse<String> form = tenant.get("/locataire/modifier-occupants.xhtml");
    assertThat(form.body()).contains("Hugo", "Lina");
    String number =
        numberOf(
            post(
                tenant,
                form,
                "occupantsForm",
                Map.of(
                    "others:0:leaves", "true",
                    "others:1:firstName", "Linaëlle",
                    "others:1:relationship", "petit-enfant"),
                "send"));

    PortalClient officer = loggedIn(fixture.officerEmail());
    String taskPage = officer.get(TASK + taskOf(number)).body();
    assertThat(taskPage).contains("Départ du logement", "Ne vit plus dans le logement");
    assertThat(changedRows(taskPage))
        .contains("Personne (modifié)", "Prénom (modifié)", "Lien de parenté (modifié)")
        .doesNotContain("Nom (modifié)", "Date de naissance (modifié)");
    officer.submit(officer.get(TASK + taskOf(number)), "approveForm", Map.of(), "approve");

    try (Connection c = TestData.connect()) {
      assertThat(TestData.count(c, "select count(*) from occupant where id = ?", leaving)).isZero();
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from occupant o join person p on p.id = o.person_id where o.id"
                      + " = ? and p.first_name = 'Linaëlle' and o.relationship = 'petit-enfant'",
                  corrected))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from profile_change_occupant o join profile_change_proposal p"
                      + " on p.id = o.proposal_id join tenant_request r on r.id = p.request_id"
                      + " where r.number = ? and o.kind = 'REMOVE' and o.previous_first_name ="
                      + " 'Hugo'",
                  number))
          .as("what the file said is kept once the occupant is gone")
          .isEqualTo(1);
    }
  }

  /**
   * Posts the form as a browser does: every field with the value the page shows (selected options,
   * checked boxes), then the given changes.
   */
  private static HttpResponse<String> post(
      PortalClient client,
      HttpResponse<String> page,
      String form,
      Map<String, String> changes,
      String button)
      throws Exception {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    String prefix = form + ":";
    Matcher inputs = Pattern.compile("<input([^>]*)>").matcher(page.body());
    while (inputs.find()) {
      String attrs = inputs.group(1);
      String name = attribute(attrs, "name");
      String type = attribute(attrs, "type");
      if (name == null || !name.startsWith(prefix) || "submit".equals(type)) {
        continue;
      }
      if ("checkbox".equals(type)) {
        if (attrs.contains("checked")) {
          fields.put(name.substring(prefix.length()), "true");
        }
      } else {
        String value = attribute(attrs, "value");
        fields.put(name.substring(prefix.length()), value == null ? "" : unescape(value));
      }
    }
    Matcher selects =
        Pattern.compile("(?s)<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>")
            .matcher(page.body());
    while (selects.find()) {
      if (selects.group(1).startsWith(prefix)) {
        Matcher selected =
            Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
        fields.put(
            selects.group(1).substring(prefix.length()),
            selected.find() ? unescape(selected.group(1)) : "");
      }
    }
    fields.putAll(changes);
    fields.entrySet().removeIf(e -> e.getValue() == null);
    return client.submit(page, form, fields, button);
  }

  private static String attribute(String attrs, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static long addChild(Connection c, TestData.Fixture fixture, String firstName)
      throws Exception {
    long person;
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into person (civility, last_name, first_name, birth_date) values ('M', ?, ?,"
                + " date '2010-06-15')",
            new String[] {"id"})) {
      ps.setString(1, "Dupuis");
      ps.setString(2, firstName);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        person = keys.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into occupant (contract_id, person_id, relationship, signatory) values (?, ?,"
                + " 'enfant', false)",
            new String[] {"id"})) {
      ps.setLong(1, fixture.contractId());
      ps.setLong(2, person);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** A real one-page PDF, as a scanner or a phone app makes it. */
  private static byte[] pdf(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(text));
    document.close();
    return out.toByteArray();
  }

  /**
   * Submits once released. Payara 6.2025.9 sometimes answers 403 to one of two simultaneous
   * authenticated requests (payara/Payara#6145, fixed by Payara PR #7928 after that release): such
   * a request was refused before it changed anything, so it is sent once more.
   */
  private static CompletableFuture<HttpResponse<String>> whenReleased(
      PortalClient officer,
      HttpResponse<String> page,
      String form,
      Map<String, String> fields,
      String button,
      CountDownLatch start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
            HttpResponse<String> response = officer.submit(page, form, fields, button);
            if (response.statusCode() == 403) {
              response = officer.submit(page, form, fields, button);
            }
            return response;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The page's global messages and field errors, as the reader gets them. */
  private static String messagesOf(HttpResponse<String> page) {
    Matcher m = Pattern.compile("(?s)<ul id=\"pageMessages\"[^>]*>(.*?)</ul>").matcher(page.body());
    StringBuilder text = new StringBuilder(page.statusCode() + " " + page.uri().getPath() + " ");
    if (m.find()) {
      text.append(m.group(1).replaceAll("<[^>]+>", " ").strip());
    }
    fieldErrors(page).forEach((k, v) -> text.append(" [").append(k).append("] ").append(v));
    return text.toString();
  }

  /** The errors next to the fields, by the id of the field they are for. */
  private static Map<String, String> fieldErrors(HttpResponse<String> page) {
    Matcher m = Pattern.compile("<span([^>]*)>([^<]*)</span>").matcher(page.body());
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    while (m.find()) {
      Matcher id = Pattern.compile("id=\"([^\"]+)Error\"").matcher(m.group(1));
      if (m.group(1).contains("field__error") && id.find() && !m.group(2).isBlank()) {
        errors.put(id.group(1), m.group(2).strip());
      }
    }
    return errors;
  }

  /** The labels of the rows of the comparison table marked as changed. */
  private static List<String> changedRows(String page) {
    Matcher m =
        Pattern.compile("(?s)<tr class=\"compare--changed\">\\s*<th scope=\"row\">(.*?)</th>")
            .matcher(page);
    List<String> rows = new java.util.ArrayList<>();
    while (m.find()) {
      rows.add(m.group(1).replaceAll("<[^>]+>", "").strip());
    }
    return rows;
  }

  private static String numberOf(HttpResponse<String> sent) {
    assertThat(sent.uri().getPath())
        .as(messagesOf(sent))
        .isEqualTo("/portail/locataire/demande.xhtml");
    return sent.uri().getQuery().replace("numero=", "");
  }

  private static TestData.Fixture fixture() throws Exception {
    try (Connection c = TestData.connect()) {
      return TestData.create(c);
    }
  }

  private static PortalClient loggedIn(String email) throws Exception {
    PortalClient browser = new PortalClient();
    assertThat(browser.login(email, TestData.PASSWORD).uri().getPath())
        .doesNotEndWith("connexion.xhtml");
    return browser;
  }

  private static String requestsOn() {
    return "select count(*) from tenant_request where contract_id = ? and type = 'PROFILE_CHANGE'";
  }

  private static String taskOf(String number) throws Exception {
    try (Connection c = TestData.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("task of request " + number).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static String mobileOf(Connection c, TestData.Fixture fixture) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select p.mobile_phone from person p join user_account a on a.person_id = p.id where"
                + " a.id = ?")) {
      ps.setLong(1, fixture.tenantId());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static String statusOf(Connection c, String number) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement("select status, resolution from tenant_request where number = ?")) {
      ps.setString(1, number);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1) + "/" + rs.getString(2);
      }
    }
  }

  private static long documentsOf(Connection c, String number) throws Exception {
    return TestData.count(
        c,
        "select count(*) from request_document d join tenant_request r on r.id = d.request_id"
            + " where r.number = ?",
        number);
  }

  private static void update(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
