package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In real Chromium: the tenant sends his attestation from the home alert, the officer of his agency
 * compares it with the document shown in the page and refuses it with a reason, the tenant reads
 * the reason and sends another from his request, the officer accepts it, and the home alert is
 * gone.
 */
@ExtendWith(ArquillianExtension.class)
class InsuranceRenewalBrowserIT {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  private TestData.Fixture fixture;
  private Browser browser;
  private Path attestation;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
    }
    attestation = Files.createTempFile("attestation-", ".pdf");
    Files.write(attestation, InsuranceRenewalIT.pdf("Attestation d'assurance habitation"));
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.screenshot(getClass().getSimpleName() + "-last");
    browser.close();
    Files.deleteIfExists(attestation);
  }

  @Test
  void anAttestationRefusedWithAReasonThenAnotherAcceptedClearsTheHomeAlert() {
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    assertThat(browser.find("insuranceAlert").getText()).contains("Alerte : l'assurance");
    browser.click("sendAttestation");
    browser.waitForPath("/locataire/assurance.xhtml");
    fill("MAIF", "PO-" + fixture.n());
    browser.screenshot("insurance-attestation-form");
    browser.click("attestationForm:send");
    browser.waitForText("Votre attestation est envoyée");
    String number = browser.currentUrlQuery().replace("numero=", "");
    assertThat(browser.text()).contains("Attestation d'assurance habitation", "Demande envoyée");
    browser.logout();

    officerOpens(number);
    browser.screenshot("insurance-check-task");
    assertThat(browser.find("comparison").getText()).contains("MAIF", "PO-" + fixture.n());
    assertThat(browser.find("attestationPdf").getAttribute("type")).isEqualTo("application/pdf");
    browser.click("decisionForm:reject");
    browser.waitForText("Donnez le motif du refus");
    browser.type("decisionForm:reason", "Le numéro de police ne correspond pas au document.");
    browser.click("decisionForm:reject");
    browser.waitForText("est refusée");
    browser.logout();

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.menu("/locataire/demandes.xhtml");
    browser.clickLink(number);
    browser.waitForText("Le numéro de police ne correspond pas au document.");
    assertThat(browser.text())
        .contains("Attestation refusée : une nouvelle attestation vous est demandée");
    browser.click("sendAnother");
    browser.waitForPath("/locataire/assurance.xhtml");
    assertThat(browser.find("rejection").getText())
        .contains("Le numéro de police ne correspond pas au document.");
    fill("MAIF", "PO-" + fixture.n() + "-2");
    browser.click("attestationForm:send");
    browser.waitForText("Votre attestation est envoyée");
    assertThat(browser.currentUrlQuery()).isEqualTo("numero=" + number);
    assertThat(browser.text()).contains("Nouvelle attestation reçue, en cours de vérification");
    browser.logout();

    officerOpens(number);
    assertThat(browser.find("comparison").getText()).contains("PO-" + fixture.n() + "-2");
    assertThat(browser.text()).contains("refusée", "Le numéro de police ne correspond pas");
    browser.click("decisionForm:accept");
    browser.waitForText("est acceptée");
    browser.logout();

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    assertThat(browser.driver().findElements(By.id("insuranceAlert"))).isEmpty();
    assertThat(browser.text()).doesNotContain("Alerte : l'assurance");
    browser.menu("/locataire/dossier.xhtml");
    assertThat(browser.text()).contains("PO-" + fixture.n() + "-2", "MAIF");
    browser.menu("/locataire/demandes.xhtml");
    browser.clickLink(number);
    browser.waitForText("Demande acceptée");
    assertThat(browser.text()).contains("est enregistrée");
  }

  private void fill(String insurer, String policy) {
    browser.type("attestationForm:insurer", insurer);
    browser.type("attestationForm:policyNumber", policy);
    browser.type("attestationForm:validFrom", TODAY.minusMonths(2).format(DAY));
    browser.type("attestationForm:validTo", TODAY.plusMonths(10).format(DAY));
    browser.find("attestationForm:attestation").sendKeys(attestation.toAbsolutePath().toString());
  }

  private void officerOpens(String number) {
    browser.login(fixture.officerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.waitForText("Demande n° " + number);
    browser.clickLink("Demande n° " + number);
    browser.waitForPath("/gestion/taches/attestation-assurance.xhtml");
  }
}
