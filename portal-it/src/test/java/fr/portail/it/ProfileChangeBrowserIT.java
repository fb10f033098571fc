package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In real Chromium: a tenant changes his mobile phone on "Mon dossier" and sees the banner while it
 * is checked; the officer of his agency takes the task from the inbox and approves it in the task
 * form; the tenant sees his new phone on "Mon dossier" and each step in "Mes demandes".
 */
@ExtendWith(ArquillianExtension.class)
class ProfileChangeBrowserIT {

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
    }
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.screenshot(getClass().getSimpleName() + "-last");
    browser.close();
  }

  @Test
  void theTenantChangesHisMobileTheOfficerApprovesAndTheTenantSeesIt() {
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.menu("/locataire/dossier.xhtml");
    assertThat(browser.text()).doesNotContain("bientôt", "prochaine version");
    browser.click("editContact");
    browser.waitForPath("/locataire/modifier-dossier.xhtml");
    browser.type("contactForm:mobilePhone", "06 1");
    browser.click("contactForm:send");
    browser.waitForText("Saisissez un numéro de téléphone français à 10 chiffres");
    assertThat(browser.find("contactForm:mobilePhoneError").getText())
        .contains("par exemple 06 12 34 56 78");
    browser.type("contactForm:mobilePhone", "06 98 76 54 32");
    browser.click("contactForm:send");
    browser.waitForText("est envoyée");
    String number = browser.currentUrlQuery().replace("numero=", "");
    assertThat(browser.text()).contains("Mise à jour de mes coordonnées", "06 98 76 54 32");
    browser.screenshot("profile-change-sent");

    browser.menu("/locataire/dossier.xhtml");
    assertThat(browser.text())
        .contains("Une demande de mise à jour est en cours.", "Voir la demande n° " + number);
    assertThat(browser.driver().findElements(By.id("editContact"))).isEmpty();
    browser.logout();

    browser.login(fixture.officerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.waitForText("Demande n° " + number);
    browser.driver().findElement(By.cssSelector(".claim-button")).click();
    browser.waitForText("Vous avez pris la demande n° " + number);
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Informations proposées par le locataire");
    assertThat(browser.driver().findElement(By.cssSelector("tr.compare--changed")).getText())
        .contains("Téléphone mobile", "Non renseigné", "06 98 76 54 32");
    browser.screenshot("profile-change-task");
    browser.click("approveForm:approve");
    browser.waitForText("est acceptée");
    browser.logout();

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.menu("/locataire/dossier.xhtml");
    assertThat(browser.text())
        .contains("06 98 76 54 32")
        .doesNotContain("Une demande de mise à jour est en cours.");
    browser.menu("/locataire/demandes.xhtml");
    browser.clickLink(number);
    browser.waitForText("Demande acceptée");
    assertThat(browser.text())
        .contains("Acceptée", "Demande envoyée", "Prise en charge par votre agence")
        .contains("Votre dossier est mis à jour avec les informations que vous avez transmises.");
    for (int width : new int[] {1280, 375}) {
      browser.resize(width, 900);
      Results results =
          new AxeBuilder()
              .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
              .analyze(browser.driver());
      assertThat(results.getViolations()).as("request detail @" + width + "px").isEmpty();
      assertThat(browser.contentWidth()).isLessThanOrEqualTo(browser.windowWidth());
    }
  }
}
