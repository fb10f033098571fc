package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Account creation and recovery over HTTP against the deployed EAR, with the real e-mails caught by
 * GreenMail: each test reads the message the server sent and follows its link.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  static final String SIGNED_UP =
      "Si les informations correspondent à un contrat, vous allez recevoir un e-mail";
  static final String RESET_SENT = "Si cette adresse correspond à un compte, vous allez recevoir";
  static final String NEW_PASSWORD = "Nouvelle-Cle-2026!";

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtp();

  private TestData.Fixture fixture;
  private Signatory bernard;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  /** A second signatory of the fixture's contract, who has no account yet. */
  record Signatory(String clientReference, String lastName, String firstName, String email) {}

  @BeforeEach
  void createAContractWithASignatoryWithoutAccount() throws Exception {
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      bernard = addSignatory(c, fixture);
    }
  }

  /** A second signatory of the fixture's contract, born 30/06/1975, who has no account yet. */
  static Signatory addSignatory(Connection c, TestData.Fixture fixture) throws Exception {
    String lastName = "Nouveau" + fixture.n();
    long personId;
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into person (civility, last_name, first_name, birth_date) values ('M', ?,"
                + " 'Bernard', date '1975-06-30')",
            new String[] {"id"})) {
      ps.setString(1, lastName);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        personId = keys.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into occupant (contract_id, person_id, relationship, signatory) values (?,"
                + " ?, 'conjoint', true)")) {
      ps.setLong(1, fixture.contractId());
      ps.setLong(2, personId);
      ps.executeUpdate();
    }
    return new Signatory(
        String.format("TG9%07d", fixture.n()),
        lastName,
        "Bernard",
        "bernard" + fixture.n() + "@test.fr");
  }

  @Test
  void aSignatorySignsUpConfirmsByEmailAndLogsIn() throws Exception {
    PortalClient browser = new PortalClient();

    HttpResponse<String> answer = signUp(browser, form(bernard));

    assertThat(answer.uri().getPath()).as(errorsOn(answer)).isEqualTo("/portail/connexion.xhtml");
    assertThat(answer.body()).contains(SIGNED_UP);
    assertThat(
            count(
                "select count(*) from user_account where email = ? and not enabled"
                    + " and paperless_notices and terms_accepted_at is not null",
                bernard.email()))
        .isEqualTo(1);
    assertThat(new PortalClient().login(bernard.email(), NEW_PASSWORD).uri().getPath())
        .as("no login before confirmation")
        .isEqualTo("/portail/connexion.xhtml");

    MimeMessage mail = single(bernard.email());
    assertThat(Mailbox.subject(mail)).contains("Confirmez la création de votre compte");
    assertThat(Mailbox.part(mail, "text/plain")).contains(bernard.lastName().toUpperCase());
    assertThat(Mailbox.part(mail, "text/html")).contains("<a href=\"http");
    String link = Mailbox.linkPath(mail);
    String secret = link.substring(link.indexOf("jeton=") + "jeton=".length());
    assertThat(count("select count(*) from account_token where token_hash = ?", secret))
        .as("only the hash is stored")
        .isZero();

    HttpResponse<String> confirmed = confirm(browser, link);

    assertThat(confirmed.body()).contains("Votre compte est activé");
    assertThat(
            count(
                "select count(*) from contract where id = ? and paperless_since is not null",
                fixture.contractId()))
        .as("the paperless consent given at sign-up applies to the contract once confirmed")
        .isEqualTo(1);
    HttpResponse<String> home = browser.login(bernard.email(), NEW_PASSWORD);
    assertThat(home.uri().getPath()).isEqualTo("/portail/locataire/accueil.xhtml");
    assertThat(home.body()).contains(fixture.fileNumber());

    HttpResponse<String> again = confirm(new PortalClient(), link);
    assertThat(again.body()).contains("Ce lien n'est plus valable");
  }

  @Test
  void theAnswerIsTheSameForUnknownIdentitiesAndTakenAddresses() throws Exception {
    Map<String, String> wrongBirthDate = form(bernard);
    wrongBirthDate.put("birthDate", "01/01/1990");
    Map<String, String> unknownReference = form(bernard);
    unknownReference.put("clientReference", "TG00000001");
    Map<String, String> takenAddress = form(bernard);
    takenAddress.put("email", fixture.tenantEmail());

    HttpResponse<String> wrong = signUp(new PortalClient(), wrongBirthDate);
    HttpResponse<String> unknown = signUp(new PortalClient(), unknownReference);
    HttpResponse<String> taken = signUp(new PortalClient(), takenAddress);

    for (HttpResponse<String> answer : List.of(wrong, unknown, taken)) {
      assertThat(answer.uri().getPath()).as(errorsOn(answer)).isEqualTo("/portail/connexion.xhtml");
      assertThat(messagesOf(answer)).isEqualTo(messagesOf(wrong)).contains(SIGNED_UP);
    }
    assertThat(count("select count(*) from user_account where email = ?", bernard.email()))
        .isZero();
    Mailbox.assertNoneQueued(bernard.email());
    MimeMessage toOwner = single(fixture.tenantEmail());
    assertThat(Mailbox.subject(toOwner)).contains("Vous avez déjà un compte");
    assertThat(Mailbox.part(toOwner, "text/plain")).contains(fixture.tenantEmail());
  }

  @Test
  void refusedInputIsSaidNextToItsFieldAndStoresNothing() throws Exception {
    Map<String, Map<String, String>> cases = new HashMap<>();
    cases.put(
        "password", with(form(bernard), "password", "court", "passwordConfirmation", "court"));
    cases.put(
        "passwordConfirmation", with(form(bernard), "passwordConfirmation", "Autre-Chose-2026!"));
    cases.put("birthDate", with(form(bernard), "birthDate", "31/12/2999"));
    cases.put("birthDate ", with(form(bernard), "birthDate", "31/02/1980"));
    cases.put("lastName", with(form(bernard), "lastName", "x".repeat(10_000)));
    cases.put("firstName", with(form(bernard), "firstName", "<script>alert('x')</script>"));
    cases.put("clientReference", with(form(bernard), "clientReference", "TG1"));
    cases.put("email", with(form(bernard), "email", "pas-une-adresse"));
    Map<String, String> noTerms = form(bernard);
    noTerms.remove("terms");
    cases.put("terms", noTerms);
    Map<String, String> noPrivacy = form(bernard);
    noPrivacy.remove("privacy");
    cases.put("privacy", noPrivacy);

    for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
      HttpResponse<String> page = signUp(new PortalClient(), c.getValue());
      String field = c.getKey().strip();
      assertThat(page.uri().getPath()).as(c.getKey()).isEqualTo("/portail/inscription.xhtml");
      assertThat(page.body())
          .as(c.getKey())
          .doesNotContain("<script>alert")
          .doesNotContain(SIGNED_UP);
      assertThat(errorNextTo(page, field)).as(c.getKey() + errorsOn(page)).isNotBlank();
    }
    assertThat(count("select count(*) from user_account where email = ?", bernard.email()))
        .isZero();
    Mailbox.assertNoneQueued(bernard.email());
  }

  @Test
  void aForgottenPasswordIsResetThroughTheEmailedLinkOnce() throws Exception {
    HttpResponse<String> known = forgotten(fixture.tenantEmail());
    HttpResponse<String> unknown = forgotten("personne" + fixture.n() + "@inconnu.fr");

    assertThat(messagesOf(known)).contains(RESET_SENT).isEqualTo(messagesOf(unknown));
    Mailbox.assertNoneQueued("personne" + fixture.n() + "@inconnu.fr");
    MimeMessage mail = single(fixture.tenantEmail());
    assertThat(Mailbox.subject(mail)).contains("nouveau mot de passe");
    String link = Mailbox.linkPath(mail);

    PortalClient browser = new PortalClient();
    HttpResponse<String> weak = newPassword(browser, link, "motdepasse");
    assertThat(errorNextTo(weak, "password")).contains("trop faible");
    HttpResponse<String> saved = newPassword(browser, link, NEW_PASSWORD);
    assertThat(saved.body()).contains("Votre mot de passe est changé");

    assertThat(new PortalClient().login(fixture.tenantEmail(), TestData.PASSWORD).uri().getPath())
        .isEqualTo("/portail/connexion.xhtml");
    assertThat(new PortalClient().login(fixture.tenantEmail(), NEW_PASSWORD).uri().getPath())
        .isEqualTo("/portail/locataire/accueil.xhtml");
    HttpResponse<String> spent = new PortalClient().get(link);
    assertThat(spent.body())
        .as("a spent link says so on opening, with no form to fill in")
        .contains("Ce lien n'est plus valable")
        .doesNotContain("newPasswordForm");
  }

  @Test
  void aTenantChangesHisEmailOnlyWhenTheNewAddressConfirms() throws Exception {
    String newEmail = "nouvelle" + fixture.n() + "@test.fr";
    PortalClient browser = new PortalClient();
    HttpResponse<String> home = browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    assertThat(home.body())
        .contains("/locataire/adresse-email.xhtml", "/locataire/mot-de-passe.xhtml");

    HttpResponse<String> mismatch =
        browser.submit(
            browser.get("/locataire/adresse-email.xhtml"),
            "changeEmailForm",
            Map.of("email", newEmail, "emailConfirmation", "autre" + newEmail),
            "submit");
    assertThat(errorNextTo(mismatch, "emailConfirmation")).contains("pas identiques");
    HttpResponse<String> sent =
        browser.submit(
            browser.get("/locataire/adresse-email.xhtml"),
            "changeEmailForm",
            Map.of("email", newEmail, "emailConfirmation", newEmail.toUpperCase()),
            "submit");

    assertThat(sent.body()).as(errorsOn(sent)).contains("Un e-mail de confirmation a été envoyé");
    assertThat(count("select count(*) from user_account where email = ?", fixture.tenantEmail()))
        .as("unchanged before confirmation")
        .isEqualTo(1);
    MimeMessage mail = single(newEmail);
    assertThat(Mailbox.subject(mail)).contains("Confirmez votre nouvelle adresse");

    PortalClient elsewhere = new PortalClient();
    HttpResponse<String> confirmed =
        elsewhere.submit(
            elsewhere.get(Mailbox.linkPath(mail)), "confirmEmailForm", Map.of(), "submit");
    assertThat(confirmed.body())
        .as(errorsOn(confirmed))
        .contains("nouvelle adresse e-mail est confirmée");
    assertThat(count("select count(*) from user_account where email = ?", newEmail)).isEqualTo(1);
    assertThat(new PortalClient().login(newEmail, TestData.PASSWORD).uri().getPath())
        .isEqualTo("/portail/locataire/accueil.xhtml");
    assertThat(new PortalClient().login(fixture.tenantEmail(), TestData.PASSWORD).uri().getPath())
        .isEqualTo("/portail/connexion.xhtml");
    assertThat(Mailbox.subject(single(fixture.tenantEmail()))).contains("a changé");
  }

  @Test
  void aTenantChangesHisPasswordWithTheCurrentOne() throws Exception {
    PortalClient browser = new PortalClient();
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);

    HttpResponse<String> wrongCurrent = changePassword(browser, "Pas-Le-Bon-2026!", NEW_PASSWORD);
    assertThat(errorNextTo(wrongCurrent, "currentPassword")).contains("incorrect");
    HttpResponse<String> weak = changePassword(browser, TestData.PASSWORD, "azertyuiop");
    assertThat(errorNextTo(weak, "password")).contains("trop faible");
    HttpResponse<String> saved = changePassword(browser, TestData.PASSWORD, NEW_PASSWORD);

    assertThat(saved.uri().getPath()).isEqualTo("/portail/locataire/accueil.xhtml");
    assertThat(saved.body()).contains("Votre mot de passe est modifié");
    assertThat(new PortalClient().login(fixture.tenantEmail(), NEW_PASSWORD).uri().getPath())
        .isEqualTo("/portail/locataire/accueil.xhtml");
  }

  @Test
  void aForgottenLoginIsSentToTheAccountsAddressOnly() throws Exception {
    Map<String, String> alice =
        Map.of(
            "clientReference",
            bernard.clientReference(),
            "lastName",
            "testeur" + fixture.n(),
            "firstName",
            "ALICE",
            "birthDate",
            "03/02/1980");
    Map<String, String> stranger = new HashMap<>(alice);
    stranger.put("birthDate", "04/02/1980");

    HttpResponse<String> known = forgottenLogin(alice);
    HttpResponse<String> unknown = forgottenLogin(stranger);

    assertThat(messagesOf(known))
        .as(errorsOn(known))
        .contains("Si les informations correspondent à un compte")
        .isEqualTo(messagesOf(unknown))
        .doesNotContain(fixture.tenantEmail());
    MimeMessage mail = single(fixture.tenantEmail());
    assertThat(Mailbox.subject(mail)).isEqualTo("Votre identifiant Portail Locataire");
    assertThat(Mailbox.part(mail, "text/plain")).contains(fixture.tenantEmail());
  }

  @Test
  void repeatedFailuresSlowTheLoginDownWithTheSameNeutralAnswer() throws Exception {
    for (int i = 0; i < 3; i++) {
      new PortalClient().login(fixture.tenantEmail(), "Mauvais-Mot-De-Passe-" + i);
    }

    HttpResponse<String> throttled =
        new PortalClient().login(fixture.tenantEmail(), TestData.PASSWORD);

    assertThat(throttled.uri().getPath()).isEqualTo("/portail/connexion.xhtml");
    assertThat(messagesOf(throttled)).contains("Adresse e-mail ou mot de passe incorrect.");
    assertThat(count("select count(*) from login_failure where login = ?", fixture.tenantEmail()))
        .isEqualTo(4);
    // 4 failures: the next try waits 10 s after the last one (an earlier try would count too).
    await()
        .pollDelay(Duration.ofSeconds(11))
        .pollInterval(Duration.ofSeconds(15))
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                new PortalClient()
                    .login(fixture.tenantEmail(), TestData.PASSWORD)
                    .uri()
                    .getPath()
                    .equals("/portail/locataire/accueil.xhtml"));
    assertThat(count("select count(*) from login_failure where login = ?", fixture.tenantEmail()))
        .as("a success forgets the failures")
        .isZero();
  }

  @Test
  void tenFailuresLockTheAccountAndTheRightPasswordGetsTheNeutralAnswer() throws Exception {
    for (int i = 0; i < 10; i++) {
      new PortalClient().login(fixture.tenantEmail(), "Mauvais-Mot-De-Passe-" + i);
    }
    assertThat(count("select count(*) from login_failure where login = ?", fixture.tenantEmail()))
        .isEqualTo(10);

    HttpResponse<String> locked =
        new PortalClient().login(fixture.tenantEmail(), TestData.PASSWORD);
    HttpResponse<String> unknown =
        new PortalClient().login("inconnu" + fixture.n() + "@test.fr", TestData.PASSWORD);

    assertThat(locked.uri().getPath()).isEqualTo("/portail/connexion.xhtml");
    assertThat(messagesOf(locked))
        .contains("Adresse e-mail ou mot de passe incorrect.")
        .isEqualTo(messagesOf(unknown));
  }

  static Map<String, String> form(Signatory s) {
    Map<String, String> form = new HashMap<>();
    form.put("clientReference", s.clientReference().toLowerCase());
    form.put("lastName", s.lastName().toLowerCase());
    form.put("firstName", s.firstName());
    form.put("birthDate", "30/06/1975");
    form.put("email", s.email());
    form.put("password", NEW_PASSWORD);
    form.put("passwordConfirmation", NEW_PASSWORD);
    form.put("terms", "on");
    form.put("privacy", "on");
    form.put("paperless", "on");
    return form;
  }

  private static Map<String, String> with(Map<String, String> form, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  static HttpResponse<String> signUp(PortalClient browser, Map<String, String> fields)
      throws Exception {
    return browser.submit(browser.get("/inscription.xhtml"), "signupForm", fields, "submit");
  }

  static HttpResponse<String> confirm(PortalClient browser, String link) throws Exception {
    return browser.submit(browser.get(link), "confirmForm", Map.of(), "submit");
  }

  private static HttpResponse<String> forgotten(String email) throws Exception {
    PortalClient browser = new PortalClient();
    return browser.submit(
        browser.get("/mot-de-passe-oublie.xhtml"),
        "forgottenForm",
        Map.of("email", email),
        "submit");
  }

  private static HttpResponse<String> newPassword(
      PortalClient browser, String link, String password) throws Exception {
    return browser.submit(
        browser.get(link),
        "newPasswordForm",
        Map.of("password", password, "passwordConfirmation", password),
        "submit");
  }

  private static HttpResponse<String> changePassword(
      PortalClient browser, String current, String next) throws Exception {
    return browser.submit(
        browser.get("/locataire/mot-de-passe.xhtml"),
        "changePasswordForm",
        Map.of("currentPassword", current, "password", next, "passwordConfirmation", next),
        "submit");
  }

  private static HttpResponse<String> forgottenLogin(Map<String, String> fields) throws Exception {
    PortalClient browser = new PortalClient();
    return browser.submit(
        browser.get("/identifiants-oublies.xhtml"), "forgottenLoginForm", fields, "submit");
  }

  private static MimeMessage single(String address) {
    return Mailbox.single(SMTP, address);
  }

  /** The text of the message Faces renders right after the field (h:message). */
  private static String errorNextTo(HttpResponse<String> page, String field) {
    Matcher m =
        Pattern.compile(
                "id=\"[a-zA-Z]+Form:"
                    + field
                    + "\"(?s)(?:(?!<div class=\"field).)*?<span[^>]*class=\"field__error\"[^>]*>([^<]*)</span>")
            .matcher(page.body());
    return m.find() ? m.group(1) : "";
  }

  /** Every message on the page, to explain a failure. */
  private static String errorsOn(HttpResponse<String> page) {
    Matcher m =
        Pattern.compile("class=\"(?:field__error|message[^\"]*)\"[^>]*>([^<]*)<")
            .matcher(page.body());
    StringBuilder all = new StringBuilder(" messages:");
    while (m.find()) {
      all.append(" | ").append(m.group(1));
    }
    return all.toString();
  }

  private static String messagesOf(HttpResponse<String> page) {
    return page.body()
        .replaceAll("(?s).*<ul id=\"pageMessages\"", "")
        .replaceAll("(?s)</ul>.*", "");
  }

  private static long count(String sql, Object... args) throws Exception {
    return TestData.count(sql, args);
  }
}
