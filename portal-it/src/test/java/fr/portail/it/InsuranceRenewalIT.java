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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The insurance renewal end to end over HTTP, read back with SQL and in the real e-mails: the
 * tenant sends his attestation, an officer of his agency compares it and accepts it (the
 * certificate is recorded, the home alert goes) or refuses it with a reason (nothing recorded, the
 * tenant sends another on the same request); two officers at once make one decision; bad inputs are
 * refused next to their field with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class InsuranceRenewalIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String FORM = "attestationForm";
  private static final String NO_LONGER_AVAILABLE =
      "être traitée ou prise par un collègue : votre action n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void anAcceptedAttestationIsRecordedAndTheHomeAlertGoes() throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    assertThat(tenant.get("/locataire/accueil.xhtml").body()).contains("id=\"insuranceAlert\"");

    HttpResponse<String> sent =
        send(tenant, "MAIF", "POL-" + fixture.n(), TODAY.minusMonths(1), TODAY.plusMonths(11));
    assertThat(sent.uri().getPath()).isEqualTo("/portail/locataire/demande.xhtml");
    assertThat(sent.body()).contains("Votre attestation est envoyée");
    String number = numberOf(sent);

    // The request, its attestation, its document and its process: all stored together.
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where contract_id = ? and type ="
                      + " 'INSURANCE_RENEWAL' and status = 'SUBMITTED'",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id join request_document d on d.id = a.document_id where"
                      + " r.contract_id = ? and a.decision = 'PENDING' and d.content_type ="
                      + " 'application/pdf'",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(taskCount(c, number, "checkAttestationTask")).isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from inbox_task where request_number = ? and form_key ="
                      + " '/gestion/taches/attestation-assurance.xhtml'",
                  number))
          .isEqualTo(1);
    }
    String home = tenant.get("/locataire/accueil.xhtml").body();
    assertThat(home)
        .doesNotContain("id=\"insuranceAlert\"")
        .contains("id=\"insuranceUnderReview\"", "votre agence la vérifie");
    assertThat(Mailbox.subjects(SMTP, fixture.tenantEmail(), 1))
        .containsExactly("Votre demande n° " + number + " : Demande envoyée");

    PortalClient officer = loggedIn(fixture.officerEmail());
    String taskId = taskOf(number, "checkAttestationTask");
    HttpResponse<String> task = officer.get(checkPage(taskId));
    assertThat(task.body())
        .contains("MAIF", "POL-" + fixture.n(), TODAY.minusMonths(1).format(DAY))
        .contains("class=\"compare\"")
        .contains("type=\"application/pdf\"");
    assertThat(changedRows(task)).as("nothing on file: every row is new").hasSize(4);
    HttpResponse<byte[]> shown = officer.getBytes(documentPath(task));
    assertThat(shown.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(shown.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");
    assertThat(new String(shown.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    HttpResponse<String> done =
        officer.submit(task, "decisionForm", Map.of("reason", ""), "accept");
    assertThat(done.uri().getPath()).isEqualTo("/portail/gestion/corbeille.xhtml");
    assertThat(done.body()).contains("est acceptée");

    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_certificate where contract_id = ? and insurer ="
                      + " 'MAIF' and policy_number = ? and valid_from = ? and valid_to = ?",
                  fixture.contractId(),
                  "POL-" + fixture.n(),
                  TODAY.minusMonths(1),
                  TODAY.plusMonths(11)))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id where r.contract_id = ? and a.decision = 'ACCEPTED' and"
                      + " a.certificate_id is not null",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where number = ? and status = 'CLOSED' and"
                      + " resolution = 'APPROVED'",
                  number))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c, "select count(*) from act_ru_execution where business_key_ = ?", number))
          .isZero();
    }
    home = tenant.get("/locataire/accueil.xhtml").body();
    assertThat(home)
        .doesNotContain("id=\"insuranceAlert\"")
        .doesNotContain("Alerte : l'assurance")
        .doesNotContain("id=\"insuranceUnderReview\"");
    assertThat(tenant.get("/locataire/dossier.xhtml").body())
        .contains("MAIF", "POL-" + fixture.n())
        .doesNotContain("n'est plus valide");
    List<String> subjects = Mailbox.subjects(SMTP, fixture.tenantEmail(), 3);
    assertThat(subjects)
        .containsExactly(
            "Votre demande n° " + number + " : Demande envoyée",
            "Votre demande n° " + number + " : Prise en charge par votre agence",
            "Votre demande n° " + number + " : Demande acceptée");
    assertThat(Mailbox.part(Mailbox.to(SMTP, fixture.tenantEmail()).get(2), "text/plain"))
        .contains("Votre attestation d'assurance MAIF, police n° POL-" + fixture.n());
  }

  @Test
  void aRefusedAttestationRecordsNothingAndTheTenantSendsAnotherOnTheSameRequest()
      throws Exception {
    TestData.Fixture fixture = fixture();
    try (Connection c = TestData.connect()) {
      TestData.addInsurance(c, fixture, "2024-01-01", "2024-12-31");
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number =
        numberOf(
            send(tenant, "MACIF", "POL-" + fixture.n(), TODAY.minusDays(3), TODAY.plusYears(1)));
    PortalClient officer = loggedIn(fixture.officerEmail());
    String taskId = taskOf(number, "checkAttestationTask");
    HttpResponse<String> task = officer.get(checkPage(taskId));
    assertThat(changedRows(task))
        .as("same insurer and policy as on file: only the dates change")
        .containsExactly("Début de validité", "Fin de validité");

    HttpResponse<String> noReason =
        officer.submit(task, "decisionForm", Map.of("reason", "  "), "reject");
    assertThat(noReason.body()).contains("Donnez le motif du refus");
    assertThat(taskCount(number, "checkAttestationTask")).isEqualTo(1);

    HttpResponse<String> refused =
        officer.submit(
            officer.get(checkPage(taskId)),
            "decisionForm",
            Map.of("reason", "Le document joint est illisible."),
            "reject");
    assertThat(refused.body()).contains("est refusée");

    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_certificate where contract_id = ?",
                  fixture.contractId()))
          .as("only the old attestation")
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id where r.contract_id = ? and a.decision = 'REJECTED' and"
                      + " a.rejection_reason = 'Le document joint est illisible.'",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where number = ? and status ="
                      + " 'WAITING_TENANT'",
                  number))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from act_ru_event_subscr s join act_ru_execution e on e.id_ ="
                      + " s.proc_inst_id_ where e.business_key_ = ? and s.event_name_ ="
                      + " 'ATTESTATION_SENT'",
                  number))
          .as("the process waits for another attestation")
          .isEqualTo(1);
    }
    MimeMessage refusal = Mailbox.exactly(SMTP, fixture.tenantEmail(), 3).get(2);
    assertThat(Mailbox.subject(refusal)).contains("Attestation refusée");
    assertThat(Mailbox.part(refusal, "text/plain")).contains("Le document joint est illisible.");
    assertThat(tenant.get("/locataire/demande.xhtml?numero=" + number).body())
        .contains("Le document joint est illisible.", "Envoyer une nouvelle attestation");
    assertThat(tenant.get("/locataire/accueil.xhtml").body()).contains("id=\"insuranceAlert\"");
    assertThat(tenant.get("/locataire/assurance.xhtml").body())
        .contains("id=\"rejection\"", "Le document joint est illisible.");

    HttpResponse<String> form = tenant.get("/locataire/assurance.xhtml");
    HttpResponse<String> secondTab = tenant.get("/locataire/assurance.xhtml");
    HttpResponse<String> again =
        send(
            tenant,
            form,
            fields("MACIF", "POL-" + fixture.n() + "-B", TODAY.minusDays(3), TODAY.plusYears(1)),
            file("nouvelle.pdf", "application/pdf", pdf("Nouvelle attestation")));
    assertThat(numberOf(again)).as("the same request, answered").isEqualTo(number);
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where contract_id = ? and type ="
                      + " 'INSURANCE_RENEWAL'",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id where r.contract_id = ?",
                  fixture.contractId()))
          .isEqualTo(2);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where number = ? and status ="
                      + " 'IN_PROGRESS'",
                  number))
          .isEqualTo(1);
    }
    assertThat(taskCount(number, "checkAttestationTask")).isEqualTo(1);
    assertThat(Mailbox.subject(Mailbox.exactly(SMTP, fixture.tenantEmail(), 4).get(3)))
        .contains("Nouvelle attestation reçue");
    assertThat(tenant.get("/locataire/assurance.xhtml").body())
        .contains("id=\"underReview\"")
        .doesNotContain("id=\"attestationForm\"");

    // The form of a second tab, opened before: refused while the first attestation is checked.
    HttpResponse<String> twice =
        send(
            tenant,
            secondTab,
            fields("MACIF", "POL-C", TODAY.minusDays(3), TODAY.plusYears(1)),
            file("encore.pdf", "application/pdf", pdf("Encore")));
    assertThat(twice.body()).contains("en cours de vérification par votre agence");
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id where r.contract_id = ?",
                  fixture.contractId()))
          .isEqualTo(2);
    }
  }

  @Test
  void twoOfficersDecidingAtOnceMakeOneDecisionAndTheOtherIsTold() throws Exception {
    TestData.Fixture fixture;
    String secondOfficer;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      secondOfficer = TestData.addOfficer(c, fixture, "b");
    }
    String number =
        numberOf(
            send(
                loggedIn(fixture.tenantEmail()),
                "AXA",
                "POL-" + fixture.n(),
                TODAY,
                TODAY.plusYears(1).minusDays(1)));
    String taskId = taskOf(number, "checkAttestationTask");
    PortalClient first = loggedIn(fixture.officerEmail());
    PortalClient second = loggedIn(secondOfficer);
    HttpResponse<String> firstPage = first.get(checkPage(taskId));
    HttpResponse<String> secondPage = second.get(checkPage(taskId));

    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> accepting =
        decideWhenReleased(first, firstPage, "accept", "", start);
    CompletableFuture<HttpResponse<String>> refusing =
        decideWhenReleased(second, secondPage, "reject", "Mauvais logement.", start);
    start.countDown();
    List<String> bodies = List.of(accepting.get().body(), refusing.get().body());

    assertThat(bodies)
        .filteredOn(b -> b.contains("est acceptée") || b.contains("est refusée"))
        .hasSize(1);
    assertThat(bodies).filteredOn(b -> b.contains(NO_LONGER_AVAILABLE)).hasSize(1);
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id where r.contract_id = ? and a.decision <> 'PENDING'",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from request_step s join tenant_request r on r.id = s.request_id"
                      + " where r.number = ? and s.step_key in ('step.closed.APPROVED',"
                      + " 'step.insurance.attestationRejected')",
                  number))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_certificate where contract_id = ?",
                  fixture.contractId()))
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void badInputsAreRefusedNextToTheirFieldAndNothingIsStored() throws Exception {
    TestData.Fixture fixture = fixture();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    byte[] pdf = pdf("Attestation d'assurance");

    assertRefused(
        tenant,
        fields("MAIF", "P-1", TODAY, TODAY.plusYears(1)),
        file("attestation.pdf", "application/pdf", "Ceci n'est pas un PDF".getBytes()),
        "attestation",
        "ni un PDF, ni une image JPEG ou PNG");
    assertRefused(
        tenant,
        fields("MAIF", "P-1", TODAY, TODAY.plusYears(1)),
        file("", "application/octet-stream", new byte[0]),
        "attestation",
        "(PDF, JPEG ou PNG)");
    assertRefused(
        tenant,
        fields("MAIF", "P-1", TODAY.minusYears(1), TODAY.minusDays(1)),
        file("a.pdf", "application/pdf", pdf),
        "validTo",
        "n'est plus valable à ce jour");
    assertRefused(
        tenant,
        fields("MAIF", "P-1", TODAY.plusDays(31), TODAY.plusYears(1)),
        file("a.pdf", "application/pdf", pdf),
        "validFrom",
        "commence dans plus de 30 jours");
    assertRefused(
        tenant,
        fields("MAIF", "P-1", TODAY.plusDays(10), TODAY),
        file("a.pdf", "application/pdf", pdf),
        "validTo",
        "postérieure ou égale à la date de début");
    Map<String, String> badDate = fields("MAIF", "P-1", TODAY, TODAY.plusYears(1));
    badDate.put("validFrom", "1er mars 2026");
    assertRefused(
        tenant, badDate, file("a.pdf", "application/pdf", pdf), "validFrom", "jj/mm/aaaa");
    assertRefused(
        tenant,
        fields("x".repeat(121), "P-1", TODAY, TODAY.plusYears(1)),
        file("a.pdf", "application/pdf", pdf),
        "insurer",
        "ne doit pas dépasser 120 caractères");
    assertRefused(
        tenant,
        fields(" ", "", TODAY, TODAY.plusYears(1)),
        file("a.pdf", "application/pdf", pdf),
        "policyNumber",
        "Saisissez le numéro de contrat");

    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where contract_id = ?",
                  fixture.contractId()))
          .isZero();
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_renewal where contract_id = ?",
                  fixture.contractId()))
          .isZero();
    }
    Mailbox.assertNoneQueued(fixture.tenantEmail());
  }

  @Test
  void anotherTenantsContractIsNotOfferedAndNothingIsStoredForIt() throws Exception {
    TestData.Fixture mine;
    TestData.Fixture theirs;
    try (Connection c = TestData.connect()) {
      mine = TestData.create(c);
      theirs = TestData.create(c);
    }
    PortalClient tenant = loggedIn(mine.tenantEmail());

    HttpResponse<String> page =
        tenant.get("/locataire/assurance.xhtml?contrat=" + theirs.contractId());
    assertThat(page.body()).doesNotContain(theirs.fileNumber()).contains(mine.fileNumber());
    send(
        tenant,
        page,
        fields("MAIF", "P-1", TODAY, TODAY.plusYears(1)),
        file("a.pdf", "application/pdf", pdf("A")));

    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where contract_id = ?",
                  theirs.contractId()))
          .isZero();
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where contract_id = ?",
                  mine.contractId()))
          .as("his attestation went to his own contract")
          .isEqualTo(1);
    }
    assertThat(tenant.get("/locataire/piece?id=" + otherDocument(theirs)).statusCode())
        .as("another's attestation is not served")
        .isEqualTo(404);
  }

  @Test
  void anAnswerTheProcessNoLongerWaitsForIsRefusedAndUndone() throws Exception {
    TestData.Fixture fixture = fixture();
    String number;
    try (Connection c = TestData.connect()) {
      // A renewal the landlord opened, waiting for the tenant, whose process is no longer there
      // (closed by the agency meanwhile, say): what the tenant sends must not be kept.
      number = String.valueOf(900_000_000L + fixture.n());
      long requestId =
          insert(
              c,
              "insert into tenant_request (number, contract_id, type, status, subject,"
                  + " submitted_at) values (?, ?, 'INSURANCE_RENEWAL', 'WAITING_TENANT',"
                  + " 'Renouvellement', now())",
              number,
              fixture.contractId());
      insert(
          c,
          "insert into insurance_renewal (request_id, contract_id, opened_by_landlord) values (?,"
              + " ?, true)",
          requestId,
          fixture.contractId());
    }
    PortalClient tenant = loggedIn(fixture.tenantEmail());

    HttpResponse<String> refused =
        send(tenant, "MAIF", "POL-" + fixture.n(), TODAY, TODAY.plusYears(1));

    assertThat(refused.uri().getPath()).isEqualTo("/portail/locataire/assurance.xhtml");
    assertThat(refused.body()).contains("n'attend plus de réponse de votre part");
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from request_document d join tenant_request r on r.id ="
                      + " d.request_id where r.number = ?",
                  number))
          .isZero();
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from insurance_attestation a join insurance_renewal r on r.id ="
                      + " a.renewal_id where r.contract_id = ?",
                  fixture.contractId()))
          .isZero();
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from tenant_request where number = ? and status ="
                      + " 'WAITING_TENANT'",
                  number))
          .isEqualTo(1);
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from request_step s join tenant_request r on r.id ="
                      + " s.request_id where r.number = ?",
                  number))
          .isZero();
    }
    Mailbox.assertNoneQueued(fixture.tenantEmail());
  }

  // --- helpers ---

  private static void assertRefused(
      PortalClient tenant,
      Map<String, String> fields,
      PortalClient.FilePart file,
      String field,
      String message)
      throws Exception {
    HttpResponse<String> page =
        send(tenant, tenant.get("/locataire/assurance.xhtml"), fields, file);
    assertThat(page.uri().getPath()).isEqualTo("/portail/locataire/assurance.xhtml");
    Matcher error =
        Pattern.compile(
                "id=\""
                    + FORM
                    + ":"
                    + field
                    + "\"[^>]*>(?s:.*?)class=\"field__error\"[^>]*>([^<]*)<")
            .matcher(page.body());
    assertThat(error.find()).as("a message next to " + field + " in " + page.body()).isTrue();
    assertThat(error.group(1)).contains(message);
  }

  private static HttpResponse<String> send(
      PortalClient tenant, String insurer, String policy, LocalDate from, LocalDate to)
      throws Exception {
    return send(
        tenant,
        tenant.get("/locataire/assurance.xhtml"),
        fields(insurer, policy, from, to),
        file("attestation-" + policy + ".pdf", "application/pdf", pdf("Attestation " + policy)));
  }

  private static HttpResponse<String> send(
      PortalClient tenant,
      HttpResponse<String> page,
      Map<String, String> fields,
      PortalClient.FilePart file)
      throws Exception {
    return tenant.submitWithFiles(page, FORM, fields, Map.of("attestation", file), "send");
  }

  private static Map<String, String> fields(
      String insurer, String policy, LocalDate from, LocalDate to) {
    Map<String, String> fields = new HashMap<>();
    fields.put("insurer", insurer);
    fields.put("policyNumber", policy);
    fields.put("validFrom", from.format(DAY));
    fields.put("validTo", to.format(DAY));
    return fields;
  }

  private static PortalClient.FilePart file(String name, String type, byte[] content) {
    return new PortalClient.FilePart(name, type, content);
  }

  /** A real one-page PDF. */
  static byte[] pdf(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(text));
    document.close();
    return out.toByteArray();
  }

  private static CompletableFuture<HttpResponse<String>> decideWhenReleased(
      PortalClient officer,
      HttpResponse<String> page,
      String button,
      String reason,
      CountDownLatch start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
            HttpResponse<String> response =
                officer.submit(page, "decisionForm", Map.of("reason", reason), button);
            // Payara 6.2025.9 may refuse one of two simultaneous authenticated requests with a
            // 403 before it changed anything (payara/Payara#6145): it is sent once more.
            if (response.statusCode() == 403) {
              response = officer.submit(page, "decisionForm", Map.of("reason", reason), button);
            }
            return response;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The labels of the comparison's highlighted rows. */
  private static List<String> changedRows(HttpResponse<String> task) {
    Matcher m =
        Pattern.compile("<tr class=\"compare--changed\">\\s*<th scope=\"row\">([^<(]+)")
            .matcher(task.body());
    List<String> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(m.group(1).strip());
    }
    return labels;
  }

  private static String documentPath(HttpResponse<String> task) {
    Matcher m = Pattern.compile("data=\"/portail(/gestion/piece\\?id=\\d+)\"").matcher(task.body());
    assertThat(m.find()).as("the attestation shown in the page").isTrue();
    return m.group(1);
  }

  private static long otherDocument(TestData.Fixture theirs) throws Exception {
    PortalClient other = loggedIn(theirs.tenantEmail());
    send(other, "GMF", "POL-" + theirs.n(), TODAY, TODAY.plusYears(1));
    try (Connection c = TestData.connect()) {
      return TestData.count(
          c,
          "select max(d.id) from request_document d join tenant_request r on r.id = d.request_id"
              + " where r.contract_id = ?",
          theirs.contractId());
    }
  }

  private static String checkPage(String taskId) {
    return "/gestion/taches/attestation-assurance.xhtml?tache=" + taskId;
  }

  private static String numberOf(HttpResponse<String> sent) {
    assertThat(sent.uri().getPath()).isEqualTo("/portail/locataire/demande.xhtml");
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

  private static long taskCount(String number, String taskKey) throws Exception {
    try (Connection c = TestData.connect()) {
      return taskCount(c, number, taskKey);
    }
  }

  private static long taskCount(Connection c, String number, String taskKey) throws Exception {
    return TestData.count(
        c,
        "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
            + " where e.business_key_ = ? and t.task_def_key_ = ?",
        number,
        taskKey);
  }

  static String taskOf(String number, String taskKey) throws Exception {
    try (Connection c = TestData.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = ?")) {
      ps.setString(1, number);
      ps.setString(2, taskKey);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(taskKey + " of request " + number).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static long insert(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
