package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium, with the real e-mails: a tenant resets a forgotten password, changes his e-mail
 * address, and is slowed down after repeated wrong passwords.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRecoveryBrowserIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();

  private static final String WRONG_PASSWORD = "Mauvais-Mot-De-Passe-1";
  private static final String NEUTRAL = "Adresse e-mail ou mot de passe incorrect.";

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
  void aTenantResetsAForgottenPasswordFromTheEmailedLink() {
    browser.open("/connexion.xhtml");
    browser.click("forgottenPasswordLink");
    browser.waitForPath("/mot-de-passe-oublie.xhtml");
    browser.type("forgottenForm:email", fixture.tenantEmail());
    browser.click("forgottenForm:submit");
    browser.waitForText(AccountsIT.RESET_SENT);

    MimeMessage mail = single(fixture.tenantEmail());
    assertThat(Mailbox.subject(mail)).contains("nouveau mot de passe");
    browser.open(Mailbox.linkPath(mail));
    browser.type("newPasswordForm:password", "motdepasse");
    browser.waitForText("Il manque");
    browser.type("newPasswordForm:password", AccountsIT.NEW_PASSWORD);
    browser.waitForText("Ce mot de passe respecte les règles.");
    browser.type("newPasswordForm:passwordConfirmation", AccountsIT.NEW_PASSWORD);
    browser.click("newPasswordForm:submit");
    browser.waitForText("Votre mot de passe est changé");

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForText(NEUTRAL);
    browser.login(fixture.tenantEmail(), AccountsIT.NEW_PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");

    browser.open(Mailbox.linkPath(mail));
    browser.waitForText("Ce lien n'est plus valable");
  }

  @Test
  void aTenantChangesHisEmailAndLogsInWithTheNewOneOnceConfirmed() throws Exception {
    String newEmail = "nouvelle" + fixture.n() + "@test.fr";
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    browser.click("userBox:changeEmailLink");
    browser.waitForPath("/locataire/adresse-email.xhtml");

    browser.type("changeEmailForm:email", newEmail);
    browser.type("changeEmailForm:emailConfirmation", "autre" + newEmail);
    browser.click("changeEmailForm:submit");
    browser.waitForText("pas identiques");
    browser.type("changeEmailForm:email", newEmail);
    browser.type("changeEmailForm:emailConfirmation", newEmail);
    browser.click("changeEmailForm:submit");
    browser.waitForText("Un e-mail de confirmation a été envoyé");
    assertThat(accountsWithEmail(fixture.tenantEmail())).as("unchanged until confirmed").isOne();

    MimeMessage mail = single(newEmail);
    assertThat(Mailbox.subject(mail)).contains("Confirmez votre nouvelle adresse");
    browser.open(Mailbox.linkPath(mail));
    browser.click("confirmEmailForm:submit");
    browser.waitForText("nouvelle adresse e-mail est confirmée");
    assertThat(accountsWithEmail(newEmail)).isOne();

    browser.open("/locataire/accueil.xhtml");
    browser.logout();
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForText(NEUTRAL);
    browser.login(newEmail, TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
  }

  @Test
  void afterThreeWrongPasswordsEvenTheRightOneWaitsItsTurn() throws Exception {
    for (int i = 0; i < 3; i++) {
      browser.login(fixture.tenantEmail(), WRONG_PASSWORD);
      browser.waitForText(NEUTRAL);
    }

    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForText(NEUTRAL);
    assertThat(browser.currentPath()).endsWith("/connexion.xhtml");
    assertThat(failures(fixture.tenantEmail())).isEqualTo(4);

    // Four failures: a try 10 s after the last one is let through.
    await()
        .pollDelay(Duration.ofSeconds(11))
        .pollInterval(Duration.ofSeconds(15))
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              browser.login(fixture.tenantEmail(), TestData.PASSWORD);
              return browser.arrivesAt("/locataire/accueil.xhtml");
            });
    assertThat(failures(fixture.tenantEmail())).as("a success forgets the failures").isZero();
  }

  private static MimeMessage single(String address) {
    return Mailbox.single(SMTP, address);
  }

  private static long accountsWithEmail(String email) throws Exception {
    return TestData.count("select count(*) from user_account where email = ?", email);
  }

  private static long failures(String login) throws Exception {
    return TestData.count("select count(*) from login_failure where login = ?", login);
  }
}
