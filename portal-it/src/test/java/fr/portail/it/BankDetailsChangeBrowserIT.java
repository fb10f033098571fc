package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * In real Chromium: the tenant goes through the three steps of "Mettre à jour mon RIB" with the
 * keyboard (the IBAN checked as he leaves the field), each step free of WCAG 2.1 AA violations at
 * 1280 and 375 pixels; the officer of his agency approves it beside the document; the tenant reads
 * the date from which the new account is debited on "Ma situation de solde" and in "Mes demandes".
 */
@ExtendWith(ArquillianExtension.class)
class BankDetailsChangeBrowserIT {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private TestData.Fixture fixture;
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      TestData.addMandate(c, fixture, BankDetailsChangeIT.OLD_IBAN);
    }
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.screenshot(getClass().getSimpleName() + "-last");
    browser.close();
  }

  @Test
  void theTenantSendsHisNewRibTheOfficerApprovesItAndTheTenantSeesFromWhen() throws Exception {
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.menu("/locataire/solde.xhtml");
    assertThat(browser.text()).contains(BankDetailsChangeIT.OLD_IBAN_MASKED);
    // The button's label is in capitals on screen: found by where it leads.
    browser.driver().findElement(By.cssSelector("a.button[href*='/locataire/rib.xhtml']")).click();
    browser.waitForText("Étape 1 sur 3");
    assertThat(currentStep()).contains("Saisir");
    assertAccessible("étape 1");

    // Keyboard only: a typing mistake is said as the tenant leaves the field, then corrected.
    browser.tabTo("ribForm:iban");
    browser.keys("FR76 3000 1007 9412 3456 7890 186", Keys.TAB);
    browser.waitForText("clé de contrôle ne correspond pas");
    assertThat(browser.active().getAttribute("id")).isEqualTo("ribForm:bic");
    browser.keys(Keys.chord(Keys.SHIFT, Keys.TAB));
    assertThat(browser.active().getAttribute("id")).isEqualTo("ribForm:iban");
    browser.keys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    browser.keys("FR76 3000 1007 9412 3456 7890 185", Keys.TAB);
    browser.waitForText("IBAN valide : FR76 3000 1007 9412 3456 7890 185.");
    assertThat(browser.text()).doesNotContain("clé de contrôle ne correspond pas");
    browser.tabTo("ribForm:bic");
    browser.keys("BNPAFRPP", Keys.TAB);
    browser.keys("BNP Paribas");
    assertThat(browser.find("ribForm:lastName").getAttribute("value"))
        .as("the holder starts as the tenant")
        .isEqualTo("Testeur" + fixture.n());
    browser.tabTo("ribForm:next");
    browser.keys(Keys.ENTER);

    browser.waitForText("Étape 2 sur 3");
    assertThat(currentStep()).contains("Vérifier");
    assertThat(browser.find("maskedIban").getText()).isEqualTo(BankDetailsChangeIT.NEW_IBAN_MASKED);
    assertThat(browser.text()).doesNotContain("3000 1007 9412");
    LocalDate effective =
        BankDetailsChangeIT.firstDebitOnOrAfter(BankDetailsChangeIT.today().plusDays(14), 5);
    assertThat(browser.text()).contains("à partir du " + DATE.format(effective));
    assertAccessible("étape 2");
    browser.click("checkForm:edit");
    browser.waitForText("Étape 1 sur 3");
    assertThat(browser.find("ribForm:iban").getAttribute("value"))
        .isEqualTo("FR76 3000 1007 9412 3456 7890 185");
    browser.click("ribForm:next");
    browser.waitForText("Étape 2 sur 3");
    browser.click("checkForm:toDocument");

    browser.waitForText("Étape 3 sur 3");
    assertAccessible("étape 3");
    Path rib = Files.createTempFile("rib-", ".pdf");
    Files.write(rib, BankDetailsChangeIT.pdf());
    browser.driver().findElement(By.id("documentForm:document")).sendKeys(rib.toString());
    browser.click("documentForm:send");
    browser.waitForText("Votre nouveau RIB est envoyé");
    String number = browser.currentUrlQuery().replace("numero=", "");
    assertThat(browser.text()).contains("Demande envoyée").doesNotContain("3000 1007 9412");
    browser.menu("/locataire/solde.xhtml");
    assertThat(browser.text()).contains("Une demande de mise à jour est en cours.");
    browser.logout();

    browser.login(fixture.officerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.waitForText("Demande n° " + number);
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Nouveau RIB à comparer au document");
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('compare').scrollIntoView();");
    browser.screenshot("rib-tache-conseiller");
    assertThat(browser.text())
        .contains("FR76 3000 1007 9412 3456 7890 185", BankDetailsChangeIT.OLD_IBAN_MASKED)
        .contains("(modifié)");
    assertThat(browser.driver().findElements(By.cssSelector("tr.compare--changed"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("object.viewer__pdf")))
        .as("the RIB is shown in the page")
        .hasSize(1);
    browser.click("decisionForm:approve");
    browser.waitForText("est acceptée");
    assertThat(browser.text()).contains("à partir du " + DATE.format(effective));
    browser.logout();

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.menu("/locataire/solde.xhtml");
    assertThat(browser.text())
        .contains(BankDetailsChangeIT.OLD_IBAN_MASKED)
        .contains(
            "Nouveau compte (IBAN "
                + BankDetailsChangeIT.NEW_IBAN_MASKED
                + ") pris en compte pour les prélèvements à partir du "
                + DATE.format(effective));
    browser.menu("/locataire/demandes.xhtml");
    browser.clickLink(number);
    browser.waitForText("Nouveau RIB accepté");
    assertThat(browser.text()).contains("Acceptée", "à partir du " + DATE.format(effective));
  }

  /** The step the indicator marks as current (aria-current="step"). */
  private String currentStep() {
    return browser.driver().findElement(By.cssSelector(".wizard [aria-current='step']")).getText();
  }

  /**
   * No WCAG 2.1 AA violation, and no horizontal scrolling, at 1280 and at 375 pixels; a screenshot
   * of the phone's view.
   */
  private void assertAccessible(String where) {
    for (int width : new int[] {375, 1280}) {
      browser.resize(width, 900);
      if (width == 375) {
        ((JavascriptExecutor) browser.driver())
            .executeScript("document.getElementById('stepHeading').scrollIntoView();");
        browser.screenshot("rib-" + where.replace(' ', '-').replace('é', 'e') + "-375px");
      }
      assertThat(browser.wcagViolations()).as(where + " @" + width + "px").isEmpty();
      assertThat(browser.contentWidth())
          .as("no horizontal scrolling, " + where + " @" + width + "px")
          .isLessThanOrEqualTo(browser.windowWidth());
    }
  }
}
