package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium, the technical request through its four roles: the tenant reports a leak with a
 * photo (the kinds of problem narrowed by the area, the upkeep guidance shown as soon as he chooses
 * one), the caretaker asks for an intervention, the technical manager orders it from the plumber
 * with an appointment, the contractor accepts it and reports it done with a photo, and the tenant
 * confirms and rates the repair. The tenant's pages are checked by axe-core on the way.
 */
@ExtendWith(ArquillianExtension.class)
class TechnicalRequestBrowserIT {

  private TestData.Fixture fixture;
  private TechnicalTestData.Staff staff;
  private Browser browser;
  private Path photo;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      staff = TechnicalTestData.create(c, fixture);
    }
    photo = Files.createTempFile("fuite-", ".png");
    Files.write(photo, TechnicalTestData.png(320, 240, Color.DARK_GRAY));
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.screenshot(getClass().getSimpleName() + "-last");
    browser.close();
    Files.deleteIfExists(photo);
  }

  @Test
  void theTenantReportsTheCaretakerTheManagerAndTheContractorActAndTheTenantRatesTheRepair() {
    // The tenant reports a leak.
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.menu("/locataire/demandes.xhtml");
    browser.click("newRequest");
    browser.waitForPath("/locataire/nouvelle-demande.xhtml");
    browser.click("newTechnicalRequest");
    browser.waitForPath("/locataire/nouvelle-demande-technique.xhtml");
    accessible("formulaire");

    new Select(browser.find("technicalForm:area")).selectByVisibleText("Mon logement");
    waitUntilOptions("technicalForm:category", "Plomberie (fuite, canalisation, robinet)");
    assertThat(options("technicalForm:category"))
        .as("the kinds of problem of the home only")
        .doesNotContain("Ascenseur");
    new Select(browser.find("technicalForm:category"))
        .selectByVisibleText("Plomberie (fuite, canalisation, robinet)");
    browser.waitForText("Qui paie cette réparation, en général ?");
    assertThat(browser.find("technicalForm:advice").getText())
        .contains("Selon ce qui est en cause", "décret n° 87-712", "Joints et colliers");
    accessible("formulaire-indications");

    browser.type("technicalForm:place", "Cuisine");
    browser.type("technicalForm:floor", "3e");
    browser.type(
        "technicalForm:description", "L'eau coule sous l'évier dès qu'on ouvre le robinet.");
    browser.find("technicalForm:photos").sendKeys(photo.toString());
    label("Normal").click();
    label("Mardi matin").click();
    label("Jeudi matin").click();
    browser.type("technicalForm:phone", "06 12 34 56 78");
    browser.click("technicalForm:phoneConfirmed");
    browser.click("technicalForm:send");

    browser.waitForPath("/locataire/demande-technique-envoyee.xhtml");
    String number = browser.find("reference").getText().strip();
    assertThat(browser.text()).contains("Envoyée, en attente de prise en charge", "Mardi matin");
    accessible("envoyee");
    browser.logout();

    // The caretaker of the residence asks for an intervention.
    browser.login(staff.caretakerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Trier une demande technique");
    assertThat(browser.driver().findElements(By.cssSelector("img.viewer__image"))).hasSize(1);
    label("Il faut une intervention").click();
    browser.type("triageForm:diagnosis", "Siphon fendu sous l'évier.");
    browser.click("triageForm:decide");
    browser.waitForText("La demande n° " + number + " est traitée.");
    browser.logout();

    // The technical manager orders it from the plumber, with an appointment in the slots.
    browser.login(staff.managerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Commander une intervention");
    new Select(browser.find("orderForm:contractor"))
        .selectByValue(String.valueOf(staff.contractorId()));
    browser.type("orderForm:date", TechnicalJourneys.appointmentDay());
    new Select(browser.find("orderForm:time")).selectByVisibleText("09:30");
    browser.click("orderForm:order");
    browser.waitForText("est commandée");
    browser.logout();

    // The contractor accepts it, then reports it done with a photo.
    browser.login(staff.contractorEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Intervention commandée");
    assertThat(browser.find("acceptForm:date").getAttribute("value"))
        .as("the manager's appointment, proposed")
        .isEqualTo(TechnicalJourneys.appointmentDay());
    label("J'accepte et je fixe le rendez-vous").click();
    browser.click("acceptForm:respond");
    browser.waitForText("est enregistrée");
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Réaliser l'intervention");
    label("Intervention réalisée").click();
    browser.type("performForm:reportText", "Siphon remplacé, joint neuf, plus de fuite.");
    browser.type("performForm:minutes", "40");
    browser.find("performForm:photos").sendKeys(photo.toString());
    browser.click("performForm:send");
    browser.waitForText("Le compte rendu de la demande n° " + number + " est envoyé.");
    browser.logout();

    // The tenant confirms and rates the repair.
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.clickLink("Demande n° " + number);
    browser.waitForText("La réparation est-elle faite ?");
    assertThat(browser.text()).contains("Siphon remplacé, joint neuf, plus de fuite.");
    accessible("confirmation");
    label("4 — Satisfait(e)").click();
    browser.type("confirmForm:ratingComment", "Intervention rapide.");
    browser.click("confirmForm:confirm");
    browser.waitForText("est résolue");
    assertThat(browser.text()).contains("4 sur 5", "Résolue", "Demande résolue");
    accessible("resolue");
  }

  private WebElement label(String text) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//label[starts-with(normalize-space(), \"" + text + "\")]")));
  }

  private List<String> options(String selectId) {
    return new Select(browser.find(selectId))
        .getOptions().stream().map(WebElement::getText).toList();
  }

  private void waitUntilOptions(String selectId, String option) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> options(selectId).contains(option) && !options(selectId).contains("Ascenseur"));
  }

  /** No WCAG 2.1 AA violation, at a desktop's and a phone's width, without sideways scrolling. */
  private void accessible(String where) {
    for (int width : new int[] {375, 1280}) {
      browser.resize(width, 900);
      assertThat(browser.wcagViolations()).as(where + " @" + width + "px").isEmpty();
      assertThat(browser.contentWidth())
          .as("no horizontal scrolling on " + where + " @" + width + "px")
          .isLessThanOrEqualTo(browser.windowWidth());
      browser.screenshot("technique-" + where + "-" + width + "px");
    }
  }
}
