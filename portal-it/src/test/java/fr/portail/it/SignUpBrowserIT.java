package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A signatory creates his account in Chromium, with the live password advice, follows the link of
 * the real confirmation e-mail and logs in.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpBrowserIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();

  private AccountsIT.Signatory bernard;
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
      bernard = AccountsIT.addSignatory(c, fixture);
    }
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.screenshot(getClass().getSimpleName() + "-last");
    browser.close();
  }

  @Test
  void aSignatoryCreatesHisAccountConfirmsItFromTheEmailAndLogsIn() {
    browser.open("/connexion.xhtml");
    browser.clickLink("Créer mon compte");
    browser.waitForPath("/inscription.xhtml");
    assertThat(browser.find("signupForm:paperless").isSelected()).isTrue();

    browser.type("signupForm:clientReference", bernard.clientReference());
    browser.type("signupForm:lastName", bernard.lastName());
    browser.type("signupForm:firstName", bernard.firstName());
    browser.type("signupForm:birthDate", "30/06/1975");
    browser.type("signupForm:email", bernard.email());
    browser.type("signupForm:password", "abc");
    browser.waitForText("Il manque : au moins 12 caractères, une majuscule, un chiffre");
    assertThat(browser.find("signupForm-strength").getAttribute("aria-live")).isEqualTo("polite");
    browser.type("signupForm:password", AccountsIT.NEW_PASSWORD);
    browser.waitForText("Ce mot de passe respecte les règles.");
    browser.type("signupForm:passwordConfirmation", AccountsIT.NEW_PASSWORD);
    browser.click("signupForm:submit");
    browser.waitForText("Vous devez accepter les conditions générales d'utilisation.");
    browser.type("signupForm:password", AccountsIT.NEW_PASSWORD);
    browser.type("signupForm:passwordConfirmation", AccountsIT.NEW_PASSWORD);
    browser.click("signupForm:terms");
    browser.click("signupForm:privacy");
    browser.screenshot("inscription");
    browser.click("signupForm:submit");
    browser.waitForText(AccountsIT.SIGNED_UP);

    List<MimeMessage> mails = Mailbox.exactly(SMTP, bernard.email(), 1);
    browser.open(Mailbox.linkPath(mails.get(0)));
    browser.click("confirmForm:submit");
    browser.waitForText("Votre compte est activé");

    browser.login(bernard.email(), AccountsIT.NEW_PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    assertThat(browser.text()).contains("Dossier n° " + fixture.fileNumber());
  }

  @Test
  void theSignUpConfirmationAndFirstLoginWorkWithTheKeyboardOnly() {
    browser.open("/connexion.xhtml");
    browser.tabTo("signupLink");
    browser.keys(Keys.ENTER);
    browser.waitForPath("/inscription.xhtml");

    browser.tabTo("signupForm:clientReference");
    browser.keys(bernard.clientReference());
    browser.tabTo("signupForm:lastName");
    browser.keys(bernard.lastName());
    browser.tabTo("signupForm:firstName");
    browser.keys(bernard.firstName());
    browser.tabTo("signupForm:birthDate");
    browser.keys("30/06/1975");
    browser.tabTo("signupForm:email");
    browser.keys(bernard.email());
    browser.tabTo("signupForm:password");
    browser.keys(AccountsIT.NEW_PASSWORD);
    browser.tabTo("signupForm:passwordConfirmation");
    browser.keys(AccountsIT.NEW_PASSWORD);
    browser.tabTo("signupForm:terms");
    browser.keys(Keys.SPACE);
    browser.tabTo("signupForm:privacy");
    browser.keys(Keys.SPACE);
    assertThat(browser.find("signupForm:terms").isSelected()).isTrue();
    assertThat(browser.find("signupForm:privacy").isSelected()).isTrue();
    browser.tabTo("signupForm:submit");
    browser.keys(Keys.ENTER);
    browser.waitForText(AccountsIT.SIGNED_UP);

    browser.open(Mailbox.linkPath(Mailbox.single(SMTP, bernard.email())));
    browser.tabTo("confirmForm:submit");
    browser.keys(Keys.ENTER);
    browser.waitForText("Votre compte est activé");

    browser.open("/connexion.xhtml");
    browser.tabTo("loginForm:email");
    browser.keys(bernard.email());
    browser.tabTo("loginForm:password");
    browser.keys(AccountsIT.NEW_PASSWORD, Keys.ENTER);
    browser.waitForPath("/locataire/accueil.xhtml");
    assertThat(browser.text()).contains("Dossier n° " + fixture.fileNumber());
  }

  @Test
  void theHelpShowsWhereTheClientReferenceIsOnARentNotice() {
    browser.open("/inscription.xhtml");
    WebElement picture = browser.driver().findElement(By.cssSelector(".reference-help img"));
    assertThat(picture.isDisplayed()).as("folded until asked").isFalse();

    browser.tabTo("clientReferenceWhere");
    browser.keys(Keys.ENTER);

    assertThat(picture.isDisplayed()).isTrue();
    assertThat(picture.getAttribute("alt")).contains("Référence client");
    assertThat(
            (Boolean)
                ((JavascriptExecutor) browser.driver())
                    .executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", picture))
        .as("the picture is served")
        .isTrue();
  }
}
