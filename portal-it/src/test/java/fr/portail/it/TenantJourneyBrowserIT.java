package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In real Chromium: a tenant logs in and sees his file, sends a contact request; the officer of his
 * agency takes it from the inbox and answers; the tenant reads the answer.
 */
@ExtendWith(ArquillianExtension.class)
class TenantJourneyBrowserIT {

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
  void theTenantSeesHisFileAndTheAnswerToHisContactRequest() {
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    assertThat(browser.text())
        .contains("Dossier n° " + fixture.fileNumber())
        .contains(fixture.n() + " rue des Essais")
        .contains("Votre compte est débiteur de")
        .contains("512,34 €");

    browser.menu("/locataire/demandes.xhtml");
    browser.waitForText("Vous n'avez actuellement aucune demande.");
    browser.click("newRequest");
    browser.click("contactForm:send");
    browser.waitForText("Saisissez l'objet de votre demande.");
    browser.type("contactForm:subject", "Bruit dans la cage d'escalier");
    browser.type("contactForm:message", "Pouvez-vous me rappeler ?");
    browser.click("contactForm:send");
    browser.waitForText("est envoyée");
    assertThat(browser.text()).contains("Envoyée, en attente de prise en charge");
    String number = browser.currentUrlQuery().replace("numero=", "");
    browser.logout();

    browser.login(fixture.officerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.waitForText("Demande n° " + number);
    browser.driver().findElement(By.cssSelector(".claim-button")).click();
    browser.waitForText("Vous avez pris la demande n° " + number);
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Bruit dans la cage d'escalier");
    browser.type("answerForm:answer", "Le gardien passe demain matin.");
    browser.click("answerForm:send");
    browser.waitForText("est close");
    browser.logout();

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.clickLink("Demande n° " + number);
    browser.waitForText("Le gardien passe demain matin.");
    assertThat(browser.text()).contains("Répondue", "Prise en charge par votre agence");
  }
}
