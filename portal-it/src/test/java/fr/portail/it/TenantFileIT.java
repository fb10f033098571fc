package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tenant's read-side screens over HTTP against the deployed EAR: what each shows from the
 * database, the PDF download, the paperless subscription, and that a tenant reaches nothing of
 * another tenant's (every tenant URL and every id-bearing parameter).
 */
@ExtendWith(ArquillianExtension.class)
class TenantFileIT {

  private static final String IBAN = "FR7630006000011234567890189";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static TestData.Fixture insured;
  private static TestData.Fixture uninsured;
  private static long insuredReceipt;
  private static long uninsuredReceipt;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeAll
  static void createTwoTenants() throws Exception {
    try (Connection c = TestData.connect()) {
      insured = TestData.create(c);
      TestData.addMandate(c, insured, IBAN);
      TestData.addInsurance(c, insured, "2020-01-01", "2099-12-31");
      insuredReceipt = TestData.addDocument(c, insured, "RECEIPT", "2026-03", PDF);
      uninsured = TestData.create(c);
      TestData.addInsurance(c, uninsured, "2020-01-01", "2021-01-01");
      uninsuredReceipt = TestData.addDocument(c, uninsured, "RECEIPT", "2026-03", PDF);
    }
  }

  @Test
  void theBalancePageShowsTheBalanceTheDebitDayAndOnlyAMaskedIban() throws Exception {
    String page = loggedIn(insured).get("/locataire/solde.xhtml").body();

    assertThat(page)
        .contains("Votre compte est débiteur de", "512,34 €")
        .contains("prélevé le 5 de chaque mois")
        .contains("FR76 **** **** **** **** **** 189", "CEPA*******")
        .doesNotContain(IBAN, "3000 6000", "CEPAFRPP751");
  }

  @Test
  void theHomePageWarnsOnlyWhenNoAttestationCoversToday() throws Exception {
    assertThat(loggedIn(uninsured).get("/locataire/accueil.xhtml").body())
        .contains("Alerte : l'assurance de votre logement.");
    assertThat(loggedIn(insured).get("/locataire/accueil.xhtml").body())
        .doesNotContain("Alerte : l'assurance");
  }

  @Test
  void theFileContractAndContactPagesShowTheTenantsData() throws Exception {
    PortalClient browser = loggedIn(insured);

    assertThat(browser.get("/locataire/dossier.xhtml").body())
        .contains(insured.tenantName(), insured.tenantEmail(), "MACIF", "POL-" + insured.n());
    assertThat(browser.get("/locataire/contrat.xhtml").body())
        .contains("Dossier n° " + insured.fileNumber(), "Alice", "03/02/1980", "Oui");
    assertThat(browser.get("/locataire/contact.xhtml").body())
        .contains(
            "M. Gardien", "06 01 02 03 04", "04 72 83 41 53", "Agence de test " + insured.n());
  }

  @Test
  void aTenantDownloadsHisPdfButNeverAnotherTenantsDocument() throws Exception {
    PortalClient browser = loggedIn(insured);
    String documents = browser.get("/locataire/documents.xhtml").body();
    assertThat(documents).contains("mars 2026", "document?id=" + insuredReceipt);

    HttpResponse<byte[]> own =
        browser.getBytes("/locataire/document?id=" + insuredReceipt + "&telecharger=1");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith(
                        "attachment; filename=\"quittance-"
                            + insured.fileNumber()
                            + "-2026-03.pdf\""));
    assertThat(own.body()).isEqualTo(PDF);

    for (String id : List.of(String.valueOf(uninsuredReceipt), "999999999", "abc", "")) {
      HttpResponse<byte[]> foreign = browser.getBytes("/locataire/document?id=" + id);
      assertThat(foreign.statusCode()).as("document id " + id).isEqualTo(404);
      assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
    }
    assertThat(new PortalClient().getBytes("/locataire/document?id=" + insuredReceipt).body())
        .as("anonymous visitors get the login page, not the file")
        .isNotEqualTo(PDF);
  }

  @Test
  void stoppingThePaperlessSubscriptionIsStored() throws Exception {
    try (Connection c = TestData.connect()) {
      c.createStatement()
          .execute(
              "update contract set paperless_since = now() where id = " + insured.contractId());
    }
    PortalClient browser = loggedIn(insured);
    HttpResponse<String> page = browser.get("/locataire/documents.xhtml");
    assertThat(page.body()).contains("Vous recevez vos avis d'échéance par e-mail depuis le");

    HttpResponse<String> stopped =
        browser.submit(
            page, PortalClient.formIdEndingWith(page, "paperless"), java.util.Map.of(), "stop");

    assertThat(stopped.body())
        .contains("vos prochains avis d'échéance vous seront envoyés par courrier");
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c,
                  "select count(*) from contract where id = ? and paperless_since is null",
                  insured.contractId()))
          .isEqualTo(1);
    }
  }

  @Test
  void theHomePageListsTheTenantsLoginsAmongHisLatestActions() throws Exception {
    TestData.Fixture fresh;
    try (Connection c = TestData.connect()) {
      fresh = TestData.create(c);
    }
    loggedIn(fresh);
    String home = loggedIn(fresh).get("/locataire/accueil.xhtml").body();

    assertThat(home.split("Connexion à votre espace", -1)).hasSize(3);
    try (Connection c = TestData.connect()) {
      assertThat(
              TestData.count(
                  c, "select count(*) from login_record where account_id = ?", fresh.tenantId()))
          .isEqualTo(2);
    }
  }

  @Test
  void noTenantPageShowsAnythingOfAnotherTenant() throws Exception {
    PortalClient browser = loggedIn(insured);
    for (String path : Pages.TENANT) {
      HttpResponse<String> page = browser.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body())
          .as(path)
          .doesNotContain(
              uninsured.fileNumber(), uninsured.tenantName(), "Agence de test " + uninsured.n());
    }
  }

  private static PortalClient loggedIn(TestData.Fixture fixture) throws Exception {
    PortalClient browser = new PortalClient();
    assertThat(browser.login(fixture.tenantEmail(), TestData.PASSWORD).uri().getPath())
        .isEqualTo("/portail/locataire/accueil.xhtml");
    return browser;
  }
}
