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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The change of bank details end to end over HTTP, read back with SQL: the tenant's three steps
 * (refusals next to the field, nothing stored), the submission with its process in one transaction,
 * the officer's approval amending the mandate (same RUM, the computed date) while "Ma situation de
 * solde" keeps the old account until that date, the refusal leaving the mandates as they were, two
 * officers at once, another tenant's contract, and the e-mails.
 */
@ExtendWith(ArquillianExtension.class)
class BankDetailsChangeIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();

  static final String OLD_IBAN = "FR7630006000011234567890189";
  static final String NEW_IBAN = "FR7630001007941234567890185";
  static final String NEW_IBAN_MASKED = "FR76 **** **** **** **** **** 185";
  static final String OLD_IBAN_MASKED = "FR76 **** **** **** **** **** 189";
  private static final String NO_LONGER_AVAILABLE =
      "être traitée ou prise par un collègue : votre action n";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @Test
  void anApprovalAmendsTheMandateFromTheAnnouncedDateAndTheBalancePageWaitsForIt()
      throws Exception {
    TestData.Fixture fixture = fixtureWithMandate();
    PortalClient tenant = loggedIn(fixture.tenantEmail());

    HttpResponse<String> balance = tenant.get("/locataire/solde.xhtml");
    assertThat(balance.body()).contains(OLD_IBAN_MASKED, "Mettre à jour mon RIB");

    HttpResponse<String> sent = send(tenant, fixture, fields(fixture, NEW_IBAN, "BNPAFRPP"), pdf());
    assertThat(sent.uri().getPath()).isEqualTo("/portail/locataire/demande.xhtml");
    assertThat(sent.body()).contains("Votre nouveau RIB est envoyé", "Demande envoyée");
    assertThat(sent.body()).as("never the full IBAN after sending").doesNotContain(NEW_IBAN);
    String number = sent.uri().getQuery().replace("numero=", "");
    try (Connection c = TestData.connect()) {
      assertThat(
              count(
                  c,
                  "select count(*) from tenant_request where number = ? and type ="
                      + " 'BANK_DETAILS_CHANGE' and status = 'SUBMITTED'",
                  number))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from bank_details_change b join tenant_request r on"
                      + " r.id = b.request_id where r.number = ? and b.status = 'PENDING' and b.iban = ?"
                      + " and b.bic = 'BNPAFRPP' and b.holder_postal_code = '78000'",
                  number,
                  NEW_IBAN))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from request_document d join tenant_request r on"
                      + " r.id = d.request_id where r.number = ? and d.kind = 'BANK_DETAILS'"
                      + " and d.content_type = 'application/pdf'",
                  number))
          .isEqualTo(1);
      assertThat(mandates(c, fixture)).isEqualTo(1);
    }
    assertThat(taskOf(number, "verifyBankDetailsTask")).isNotNull();

    balance = tenant.get("/locataire/solde.xhtml");
    assertThat(balance.body())
        .contains("Une demande de mise à jour est en cours.", OLD_IBAN_MASKED)
        .doesNotContain("Mettre à jour mon RIB")
        .doesNotContain(NEW_IBAN_MASKED);

    PortalClient officer = loggedIn(fixture.officerEmail());
    String taskId = taskOf(number, "verifyBankDetailsTask");
    HttpResponse<String> task = officer.get("/gestion/taches/rib.xhtml?tache=" + taskId);
    assertThat(task.body())
        .contains("FR76 3000 1007 9412 3456 7890 185", OLD_IBAN_MASKED, "RUM-" + fixture.n())
        .contains("compare--changed", "(modifié)")
        .contains("/gestion/piece?id=")
        .contains("type=\"application/pdf\"")
        .doesNotContain(OLD_IBAN);

    LocalDate effective = firstDebitOnOrAfter(today().plusDays(14), 5);
    HttpResponse<String> done = officer.submit(task, "decisionForm", Map.of(), "approve");
    assertThat(done.uri().getPath()).isEqualTo("/portail/gestion/corbeille.xhtml");
    assertThat(done.body())
        .contains("La demande n° " + number + " est acceptée")
        .contains("à partir du " + DATE.format(effective));

    try (Connection c = TestData.connect()) {
      assertThat(mandates(c, fixture)).isEqualTo(2);
      assertThat(
              count(
                  c,
                  "select count(*) from direct_debit_mandate where contract_id = ?"
                      + " and reference = ? and iban = ? and bic = 'BNPAFRPP' and holder_name = ?"
                      + " and holder_city = 'Versailles' and effective_from = ?",
                  fixture.contractId(),
                  "RUM-" + fixture.n(),
                  NEW_IBAN,
                  fixture.tenantName(),
                  java.sql.Date.valueOf(effective)))
          .as("the amendment: same RUM, new account, from the computed date")
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from direct_debit_mandate where contract_id = ?"
                      + " and iban = ? and effective_from = date '2020-01-01'",
                  fixture.contractId(),
                  OLD_IBAN))
          .as("the former mandate row is kept")
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from bank_details_change b join tenant_request r on"
                      + " r.id = b.request_id where r.number = ? and b.status = 'APPROVED'"
                      + " and b.effective_from = ? and b.amendment_id is not null",
                  number,
                  java.sql.Date.valueOf(effective)))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from tenant_request where number = ? and status ="
                      + " 'CLOSED' and resolution = 'APPROVED'",
                  number))
          .isEqualTo(1);
    }
    assertThat(processRunning(number)).isFalse();

    balance = tenant.get("/locataire/solde.xhtml");
    assertThat(balance.body())
        .as("the account debited until the effective date is still the old one")
        .contains(OLD_IBAN_MASKED)
        .contains(
            "Nouveau compte (IBAN "
                + NEW_IBAN_MASKED
                + ") pris en compte pour les prélèvements à partir du "
                + DATE.format(effective))
        .doesNotContain("Une demande de mise à jour est en cours.")
        .contains("Mettre à jour mon RIB");
    HttpResponse<String> detail = tenant.get("/locataire/demande.xhtml?numero=" + number);
    assertThat(detail.body())
        .contains("Acceptée", "Nouveau RIB accepté : votre mandat de prélèvement est modifié")
        .contains("à partir du " + DATE.format(effective))
        .doesNotContain(NEW_IBAN);

    List<MimeMessage> mails = Mailbox.exactly(SMTP, fixture.tenantEmail(), 3);
    assertThat(Mailbox.subject(mails.get(0))).contains(number, "Demande envoyée");
    assertThat(Mailbox.subject(mails.get(1))).contains(number, "Prise en charge par votre agence");
    assertThat(Mailbox.subject(mails.get(2))).contains(number, "Demande acceptée");
    assertThat(Mailbox.part(mails.get(2), "text/plain"))
        .contains("à partir du " + DATE.format(effective), NEW_IBAN_MASKED, "RUM-" + fixture.n());
    for (MimeMessage mail : mails) {
      assertThat(Mailbox.part(mail, "text/plain") + Mailbox.part(mail, "text/html"))
          .as("never the full IBAN in an e-mail")
          .doesNotContain(NEW_IBAN)
          .doesNotContain("3000 1007 9412");
    }

    // The effective date comes (its row is dated today): the page now shows the new account.
    try (Connection c = TestData.connect();
        var ps =
            c.prepareStatement(
                "update direct_debit_mandate set effective_from = ? where contract_id = ? and"
                    + " iban = ?")) {
      ps.setObject(1, java.sql.Date.valueOf(today()));
      ps.setLong(2, fixture.contractId());
      ps.setString(3, NEW_IBAN);
      ps.executeUpdate();
    }
    balance = tenant.get("/locataire/solde.xhtml");
    assertThat(balance.body())
        .contains(NEW_IBAN_MASKED, "BNPA****")
        .doesNotContain(OLD_IBAN_MASKED)
        .doesNotContain("pris en compte pour les prélèvements à partir du");
  }

  @Test
  void aRefusalNeedsItsReasonAndLeavesTheMandatesUnchanged() throws Exception {
    TestData.Fixture fixture = fixtureWithMandate();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    String number = numberOf(send(tenant, fixture, fields(fixture, NEW_IBAN, "BNPAFRPP"), pdf()));
    String taskId = taskOf(number, "verifyBankDetailsTask");
    PortalClient officer = loggedIn(fixture.officerEmail());

    HttpResponse<String> noReason =
        officer.submit(
            officer.get("/gestion/taches/rib.xhtml?tache=" + taskId),
            "decisionForm",
            Map.of("reason", "   "),
            "reject");
    assertThat(fieldError(noReason.body(), "decisionForm:reason"))
        .isEqualTo("Donnez le motif du refus : le locataire le lira.");
    assertThat(processRunning(number)).isTrue();

    HttpResponse<String> refused =
        officer.submit(
            officer.get("/gestion/taches/rib.xhtml?tache=" + taskId),
            "decisionForm",
            Map.of("reason", "Le RIB joint est au nom d'une autre personne."),
            "reject");
    assertThat(refused.uri().getPath()).isEqualTo("/portail/gestion/corbeille.xhtml");
    assertThat(refused.body()).contains("La demande n° " + number + " est refusée");

    try (Connection c = TestData.connect()) {
      assertThat(mandates(c, fixture)).isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from direct_debit_mandate where contract_id = ? and"
                      + " iban = ? and bic = 'CEPAFRPP751'",
                  fixture.contractId(),
                  OLD_IBAN))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from bank_details_change b join tenant_request r on"
                      + " r.id = b.request_id where r.number = ? and b.status = 'REJECTED'"
                      + " and b.amendment_id is null and b.effective_from is null",
                  number))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from tenant_request where number = ? and resolution"
                      + " = 'REJECTED' and outcome = ?",
                  number,
                  "Le RIB joint est au nom d'une autre personne."))
          .isEqualTo(1);
    }
    assertThat(processRunning(number)).isFalse();
    assertThat(text(tenant.get("/locataire/demande.xhtml?numero=" + number)))
        .contains("Refusée", "Le RIB joint est au nom d'une autre personne.");
    assertThat(tenant.get("/locataire/solde.xhtml").body())
        .contains(OLD_IBAN_MASKED, "Mettre à jour mon RIB")
        .doesNotContain("pris en compte pour les prélèvements");
    List<MimeMessage> mails = Mailbox.exactly(SMTP, fixture.tenantEmail(), 3);
    assertThat(Mailbox.part(mails.get(2), "text/plain"))
        .contains("Demande refusée", "Le RIB joint est au nom d'une autre personne.");
  }

  @Test
  void twoOfficersDecidingAtOnceYieldOneDecisionAndAClearMessage() throws Exception {
    TestData.Fixture fixture;
    String secondOfficer;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      TestData.addMandate(c, fixture, OLD_IBAN);
      secondOfficer = TestData.addOfficer(c, fixture, "b");
    }
    String number =
        numberOf(
            send(
                loggedIn(fixture.tenantEmail()),
                fixture,
                fields(fixture, NEW_IBAN, "BNPAFRPP"),
                pdf()));
    String taskId = taskOf(number, "verifyBankDetailsTask");
    PortalClient first = loggedIn(fixture.officerEmail());
    PortalClient second = loggedIn(secondOfficer);
    HttpResponse<String> firstPage = first.get("/gestion/taches/rib.xhtml?tache=" + taskId);
    HttpResponse<String> secondPage = second.get("/gestion/taches/rib.xhtml?tache=" + taskId);

    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> approving =
        whenReleased(start, () -> first.submit(firstPage, "decisionForm", Map.of(), "approve"));
    CompletableFuture<HttpResponse<String>> rejecting =
        whenReleased(
            start,
            () ->
                second.submit(
                    secondPage, "decisionForm", Map.of("reason", "Document illisible."), "reject"));
    start.countDown();
    List<String> messages = List.of(messagesOf(approving.get()), messagesOf(rejecting.get()));

    assertThat(messages)
        .as(messages.toString())
        .filteredOn(m -> m.contains("est acceptée") || m.contains("est refusée"))
        .hasSize(1);
    assertThat(messages)
        .as(messages.toString())
        .filteredOn(m -> m.contains(NO_LONGER_AVAILABLE))
        .hasSize(1);
    try (Connection c = TestData.connect()) {
      long closings =
          count(
              c,
              "select count(*) from request_step s join tenant_request r on r.id ="
                  + " s.request_id where r.number = ? and s.step_key like 'step.closed.%'",
              number);
      assertThat(closings).isEqualTo(1);
      boolean approved =
          count(
                  c,
                  "select count(*) from tenant_request where number = ? and resolution ="
                      + " 'APPROVED'",
                  number)
              == 1;
      assertThat(mandates(c, fixture)).isEqualTo(approved ? 2 : 1);
      assertThat(messages.get(approved ? 0 : 1)).contains(approved ? "est acceptée" : "refusée");
    }
  }

  @Test
  void badDetailsAreRefusedNextToTheirFieldAndNothingIsStored() throws Exception {
    TestData.Fixture fixture = fixtureWithMandate();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    HttpResponse<String> form = tenant.get("/locataire/rib.xhtml?contrat=" + fixture.contractId());
    assertThat(form.body()).contains("Étape 1 sur 3", "aria-current=\"step\"");

    Map<String, String> bad = fields(fixture, "FR76 3000 1007 9412 3456 7890 186", "BNPAFRPP");
    bad.put("lastName", "x".repeat(10_000));
    bad.put("firstNames", "<script>alert('x')</script>");
    bad.put("postalCode", "7800");
    bad.put("bankName", "");
    HttpResponse<String> refused = tenant.submit(form, "ribForm", bad, "next");
    String page = refused.body();
    assertThat(page).contains("Étape 1 sur 3");
    assertThat(fieldError(page, "ribForm:iban")).contains("clé de contrôle ne correspond pas");
    assertThat(fieldError(page, "ribForm:lastName"))
        .isEqualTo("Le nom ne doit pas dépasser 50 caractères.");
    assertThat(fieldError(page, "ribForm:firstNames"))
        .startsWith("Les prénoms commencent par une lettre et ne peuvent contenir que");
    assertThat(fieldError(page, "ribForm:postalCode"))
        .isEqualTo("Le code postal compte 5 chiffres.");
    assertThat(fieldError(page, "ribForm:bankName")).isEqualTo("Saisissez le nom de la banque.");
    assertThat(page).doesNotContain("<script>alert(").contains("&lt;script&gt;alert(");

    Map<String, String> wrongCountry = fields(fixture, NEW_IBAN, "COBADEFF");
    HttpResponse<String> bic = tenant.submit(refused, "ribForm", wrongCountry, "next");
    assertThat(fieldError(bic.body(), "ribForm:bic"))
        .isEqualTo(
            "Ce BIC est celui d'une banque du pays « DE », mais l'IBAN est celui d'un compte « FR »"
                + " : vérifiez le BIC sur votre RIB.");

    HttpResponse<String> same =
        tenant.submit(bic, "ribForm", fields(fixture, OLD_IBAN, "BNPAFRPP"), "next");
    assertThat(fieldError(same.body(), "ribForm:iban"))
        .isEqualTo("C'est déjà votre compte : vos loyers sont déjà prélevés sur cet IBAN.");

    HttpResponse<String> shortIban =
        tenant.submit(same, "ribForm", fields(fixture, "FR76 3000 1007 9412", "BNPAFRPP"), "next");
    assertThat(fieldError(shortIban.body(), "ribForm:iban"))
        .isEqualTo("Un IBAN FR compte 27 caractères ; vous en avez saisi 16.");

    HttpResponse<String> check =
        tenant.submit(shortIban, "ribForm", fields(fixture, NEW_IBAN, "BNPAFRPP"), "next");
    assertThat(check.body())
        .contains("Étape 2 sur 3", NEW_IBAN_MASKED)
        .doesNotContain("3000 1007 9412");
    HttpResponse<String> edit = tenant.submit(check, "checkForm", Map.of(), "edit");
    assertThat(edit.body())
        .as("modifier goes back to step 1 with the values")
        .contains("Étape 1 sur 3", "value=\"" + NEW_IBAN + "\"", "value=\"BNPAFRPP\"");
    check = tenant.submit(edit, "ribForm", fields(fixture, NEW_IBAN, "BNPAFRPP"), "next");
    HttpResponse<String> step3 = tenant.submit(check, "checkForm", Map.of(), "toDocument");
    assertThat(step3.body()).contains("Étape 3 sur 3");

    HttpResponse<String> fake =
        tenant.submitMultipart(
            step3,
            "documentForm",
            Map.of(),
            "document",
            "rib.pdf",
            "Ceci n'est pas un RIB, juste du texte.".getBytes(StandardCharsets.UTF_8),
            "send");
    assertThat(fake.uri().getPath()).isEqualTo("/portail/locataire/rib.xhtml");
    assertThat(fieldError(fake.body(), "documentForm:document"))
        .startsWith("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG");
    HttpResponse<String> broken =
        tenant.submitMultipart(
            fake,
            "documentForm",
            Map.of(),
            "document",
            "rib.pdf",
            "%PDF-1.4\nrien de plus\n".getBytes(StandardCharsets.US_ASCII),
            "send");
    assertThat(fieldError(broken.body(), "documentForm:document"))
        .startsWith("Ce fichier est abîmé ou illisible");
    HttpResponse<String> none =
        tenant.submitMultipart(
            broken, "documentForm", Map.of(), "document", "", new byte[0], "send");
    assertThat(fieldError(none.body(), "documentForm:document")).startsWith("Joignez le document");

    assertNothingStored(fixture);
  }

  @Test
  void aSubmissionAndItsProcessStartAreOneTransaction() throws Exception {
    TestData.Fixture fixture = fixtureWithMandate();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    // The process engine fails to store this request's process (a variable of its start).
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "create or replace function it_fail_process_"
              + fixture.n()
              + "() returns trigger as $$"
              + " begin if new.name_ = 'tenantName' and new.text_ = '"
              + fixture.tenantName()
              + "' then raise exception 'échec simulé du démarrage du processus'; end if;"
              + " return new; end $$ language plpgsql");
      s.execute(
          "create trigger it_fail_process_"
              + fixture.n()
              + " before insert on act_ru_variable"
              + " for each row execute function it_fail_process_"
              + fixture.n()
              + "()");
    }
    HttpResponse<String> failed;
    try {
      failed = send(tenant, fixture, fields(fixture, NEW_IBAN, "BNPAFRPP"), pdf());
    } finally {
      try (Connection c = TestData.connect();
          Statement s = c.createStatement()) {
        s.execute("drop trigger it_fail_process_" + fixture.n() + " on act_ru_variable");
        s.execute("drop function it_fail_process_" + fixture.n() + "()");
      }
    }
    assertThat(failed.uri().getPath()).isNotEqualTo("/portail/locataire/demande.xhtml");
    assertNothingStored(fixture);
    Mailbox.assertNoneQueued(fixture.tenantEmail());

    String number = numberOf(send(tenant, fixture, fields(fixture, NEW_IBAN, "BNPAFRPP"), pdf()));
    try (Connection c = TestData.connect()) {
      assertThat(
              count(
                  c,
                  "select count(*) from tenant_request where contract_id = ?",
                  fixture.contractId()))
          .isEqualTo(1);
    }
    assertThat(processRunning(number)).isTrue();
  }

  @Test
  void aDoubleClickOnSendMakesOneRequest() throws Exception {
    TestData.Fixture fixture = fixtureWithMandate();
    PortalClient tenant = loggedIn(fixture.tenantEmail());
    HttpResponse<String> step3 = toStep3(tenant, fixture, fields(fixture, NEW_IBAN, "BNPAFRPP"));
    byte[] pdf = pdf();

    CountDownLatch start = new CountDownLatch(1);
    Supplier<HttpResponse<String>> click =
        () -> {
          try {
            return tenant.submitMultipart(
                step3, "documentForm", Map.of(), "document", "rib.pdf", pdf, "send");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    CompletableFuture<HttpResponse<String>> a = whenReleased(start, click::get);
    CompletableFuture<HttpResponse<String>> b = whenReleased(start, click::get);
    start.countDown();

    assertThat(List.of(a.get().uri().getPath(), b.get().uri().getPath()))
        .as("both clicks land on the request's page")
        .containsOnly("/portail/locataire/demande.xhtml");
    try (Connection c = TestData.connect()) {
      assertThat(
              count(
                  c,
                  "select count(*) from tenant_request where contract_id = ?",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from bank_details_change where contract_id = ?",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from request_document d join tenant_request r on"
                      + " r.id = d.request_id where r.contract_id = ?",
                  fixture.contractId()))
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "select count(*) from act_ru_execution e join tenant_request r on"
                      + " r.number = e.business_key_ where r.contract_id = ? and e.parent_id_ is null",
                  fixture.contractId()))
          .isEqualTo(1);
    }
  }

  @Test
  void anotherTenantsContractIsNotFoundAndAContractWithoutDirectDebitIsExplained()
      throws Exception {
    TestData.Fixture mine;
    TestData.Fixture other;
    try (Connection c = TestData.connect()) {
      mine = TestData.create(c);
      other = TestData.create(c);
      TestData.addMandate(c, other, OLD_IBAN);
    }
    PortalClient tenant = loggedIn(mine.tenantEmail());

    assertThat(tenant.get("/locataire/rib.xhtml?contrat=" + other.contractId()).statusCode())
        .isEqualTo(404);
    assertThat(tenant.get("/locataire/rib.xhtml?contrat=abc").statusCode()).isEqualTo(404);

    HttpResponse<String> own = tenant.get("/locataire/rib.xhtml?contrat=" + mine.contractId());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body())
        .contains("Pas de prélèvement sur ce contrat", "article 4 c", "Contacter mon agence")
        .doesNotContain("id=\"ribForm\"");
    assertThat(tenant.get("/locataire/solde.xhtml").body())
        .contains("Contacter mon agence")
        .doesNotContain("Mettre à jour mon RIB");
    assertNothingStored(other);
  }

  // --- helpers -----------------------------------------------------------------------------

  /** The page's HTML with the apostrophes as typed. */
  private static String text(HttpResponse<String> page) {
    return page.body().replace("&#39;", "'").replace("&#039;", "'");
  }

  private static TestData.Fixture fixtureWithMandate() throws Exception {
    try (Connection c = TestData.connect()) {
      TestData.Fixture fixture = TestData.create(c);
      TestData.addMandate(c, fixture, OLD_IBAN);
      return fixture;
    }
  }

  /** The form's fields: the account given, the holder as the form prefills him. */
  static Map<String, String> fields(TestData.Fixture fixture, String iban, String bic) {
    Map<String, String> fields = new HashMap<>();
    fields.put("iban", iban);
    fields.put("bic", bic);
    fields.put("bankName", "BNP Paribas");
    fields.put("lastName", "Testeur" + fixture.n());
    fields.put("firstNames", "Alice");
    fields.put("street", fixture.n() + " rue des Essais");
    fields.put("postalCode", "78000");
    fields.put("city", "Versailles");
    return fields;
  }

  private static HttpResponse<String> toStep3(
      PortalClient tenant, TestData.Fixture fixture, Map<String, String> fields) throws Exception {
    HttpResponse<String> form = tenant.get("/locataire/rib.xhtml?contrat=" + fixture.contractId());
    HttpResponse<String> check = tenant.submit(form, "ribForm", fields, "next");
    assertThat(check.body()).as(messagesOf(check)).contains("Étape 2 sur 3");
    HttpResponse<String> step3 = tenant.submit(check, "checkForm", Map.of(), "toDocument");
    assertThat(step3.body()).contains("Étape 3 sur 3");
    return step3;
  }

  /** The three steps: details, check, document; the last answer. */
  private static HttpResponse<String> send(
      PortalClient tenant, TestData.Fixture fixture, Map<String, String> fields, byte[] document)
      throws Exception {
    return tenant.submitMultipart(
        toStep3(tenant, fixture, fields),
        "documentForm",
        Map.of(),
        "document",
        "mon-rib.pdf",
        document,
        "send");
  }

  private static String numberOf(HttpResponse<String> sent) {
    assertThat(sent.uri().getPath())
        .as(messagesOf(sent))
        .isEqualTo("/portail/locataire/demande.xhtml");
    return sent.uri().getQuery().replace("numero=", "");
  }

  /** A one-page PDF "RIB", as a bank prints it. */
  static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("Relevé d'identité bancaire"));
    document.add(new Paragraph("IBAN FR76 3000 1007 9412 3456 7890 185 — BIC BNPAFRPP"));
    document.close();
    return out.toByteArray();
  }

  private static void assertNothingStored(TestData.Fixture fixture) throws Exception {
    try (Connection c = TestData.connect()) {
      assertThat(
              count(
                  c,
                  "select count(*) from tenant_request where contract_id = ?",
                  fixture.contractId()))
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from bank_details_change where contract_id = ?",
                  fixture.contractId()))
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from act_ru_variable where name_ = 'contractId'"
                      + " and long_ = ?",
                  fixture.contractId()))
          .isZero();
      assertThat(mandates(c, fixture)).isLessThanOrEqualTo(1);
    }
  }

  private static long mandates(Connection c, TestData.Fixture fixture) throws Exception {
    return count(
        c, "select count(*) from direct_debit_mandate where contract_id = ?", fixture.contractId());
  }

  private static long count(Connection c, String sql, Object... args) throws Exception {
    return TestData.count(c, sql, args);
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Paris"));
  }

  /** The first date on or after {@code earliest} that falls on the day of the month. */
  static LocalDate firstDebitOnOrAfter(LocalDate earliest, int day) {
    LocalDate d = earliest;
    while (d.getDayOfMonth() != day) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The text of the field's error message: the first one after the field, before the next. */
  static String fieldError(String html, String fieldId) {
    int at = html.indexOf("id=\"" + fieldId + "\"");
    assertThat(at).as("field " + fieldId).isNotNegative();
    int next = html.indexOf("class=\"field\"", at);
    String around = html.substring(at, next < 0 ? html.length() : next);
    Matcher m = Pattern.compile("(?s)class=\"field__error\"[^>]*>(.*?)</span>").matcher(around);
    assertThat(m.find()).as("an error next to " + fieldId).isTrue();
    return m.group(1).strip().replace("&#39;", "'").replace("&quot;", "\"");
  }

  /** The page's messages (information and errors), as the officer reads them. */
  static String messagesOf(HttpResponse<String> page) {
    Matcher m = Pattern.compile("(?s)<ul id=\"pageMessages\"[^>]*>(.*?)</ul>").matcher(page.body());
    return page.statusCode()
        + " "
        + page.uri().getPath()
        + " "
        + (m.find() ? m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() : "");
  }

  /**
   * Sends once released. Payara 6.2025.9 sometimes answers 403 to one of two simultaneous
   * authenticated requests (payara/Payara#6145): such a request was refused before it changed
   * anything, so it is sent once more.
   */
  private static CompletableFuture<HttpResponse<String>> whenReleased(
      CountDownLatch start, Callable<HttpResponse<String>> send) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
            HttpResponse<String> response = send.call();
            return response.statusCode() == 403 ? send.call() : response;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @FunctionalInterface
  interface Callable<T> {
    T call() throws Exception;
  }

  private static String taskOf(String number, String taskKey) throws Exception {
    try (Connection c = TestData.connect();
        var ps =
            c.prepareStatement(
                "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = ?")) {
      ps.setString(1, number);
      ps.setString(2, taskKey);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).as("task of request " + number).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static boolean processRunning(String number) throws Exception {
    try (Connection c = TestData.connect()) {
      return TestData.count(
              c, "select count(*) from act_ru_execution where business_key_ = ?", number)
          > 0;
    }
  }

  private static PortalClient loggedIn(String email) throws Exception {
    PortalClient browser = new PortalClient();
    assertThat(browser.login(email, TestData.PASSWORD).uri().getPath())
        .doesNotEndWith("connexion.xhtml");
    return browser;
  }
}
