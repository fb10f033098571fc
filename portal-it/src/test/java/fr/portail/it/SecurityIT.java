package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tries, over HTTP against the deployed EAR, everything a visitor, a tenant or an officer must not
 * be able to do, and the session and header rules.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  private static final String NEUTRAL = "Adresse e-mail ou mot de passe incorrect.";

  private static TestData.Fixture alice;
  private static TestData.Fixture bob;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeAll
  static void createTwoTenantsInTwoAgencies() throws Exception {
    try (Connection c = TestData.connect()) {
      alice = TestData.create(c);
      bob = TestData.create(c);
    }
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
    HttpResponse<String> page = new PortalClient().get("/locataire/accueil.xhtml");

    assertThat(page.uri().getPath()).isEqualTo("/portail/connexion.xhtml");
    assertThat(page.body()).doesNotContain(alice.fileNumber());
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountGetTheSameNeutralAnswer() throws Exception {
    HttpResponse<String> wrongPassword =
        new PortalClient().login(alice.tenantEmail(), "Mauvais-mot-de-passe-1");
    HttpResponse<String> unknownAccount =
        new PortalClient().login("personne@inconnu.fr", "Mauvais-mot-de-passe-1");

    for (HttpResponse<String> answer : List.of(wrongPassword, unknownAccount)) {
      assertThat(answer.uri().getPath()).isEqualTo("/portail/connexion.xhtml");
      assertThat(answer.body()).contains(NEUTRAL).doesNotContain(alice.tenantName());
    }
    assertThat(errorsOf(wrongPassword)).isEqualTo(errorsOf(unknownAccount));
  }

  @Test
  void theSessionIdChangesAtLogin() throws Exception {
    PortalClient browser = new PortalClient();
    browser.get("/connexion.xhtml");
    String before = browser.sessionId();

    HttpResponse<String> home = browser.login(alice.tenantEmail(), TestData.PASSWORD);

    assertThat(home.uri().getPath()).isEqualTo("/portail/locataire/accueil.xhtml");
    assertThat(before).isNotNull();
    assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
  }

  @Test
  void aTenantReachesNeitherAnotherTenantsRequestNorHisContract() throws Exception {
    PortalClient bobBrowser = loggedIn(bob.tenantEmail());
    HttpResponse<String> sent =
        bobBrowser.submit(
            bobBrowser.get("/locataire/nouvelle-demande.xhtml"),
            "contactForm",
            Map.of(
                "contract",
                String.valueOf(bob.contractId()),
                "subject",
                "Sujet de Bob",
                "message",
                "Message privé de Bob"),
            "send");
    String bobsNumber = sent.uri().getQuery().replace("numero=", "");

    PortalClient aliceBrowser = loggedIn(alice.tenantEmail());
    HttpResponse<String> foreign =
        aliceBrowser.get("/locataire/demande.xhtml?numero=" + bobsNumber);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain("Sujet de Bob", "Message privé", bob.tenantName());

    assertThat(aliceBrowser.get("/locataire/demandes.xhtml").body()).doesNotContain(bobsNumber);
    assertThat(aliceBrowser.get("/locataire/accueil.xhtml").body())
        .contains(alice.fileNumber())
        .doesNotContain(bob.fileNumber());

    // A form tampered with Bob's contract id: refused, nothing stored on Bob's contract.
    long before = requestsOn(bob.contractId());
    HttpResponse<String> tampered =
        aliceBrowser.submit(
            aliceBrowser.get("/locataire/nouvelle-demande.xhtml"),
            "contactForm",
            Map.of(
                "contract",
                String.valueOf(bob.contractId()),
                "subject",
                "Intrusion",
                "message",
                "Sur le contrat de Bob"),
            "send");
    assertThat(tampered.body()).contains("Choisissez une valeur de la liste.");
    assertThat(requestsOn(bob.contractId())).isEqualTo(before);
  }

  @Test
  void aTenantCannotOpenTheStaffWorkspace() throws Exception {
    HttpResponse<String> inbox = loggedIn(alice.tenantEmail()).get("/gestion/corbeille.xhtml");

    assertThat(inbox.statusCode()).isEqualTo(403);
    assertThat(inbox.body()).contains("Accès refusé").doesNotContain("Corbeille de tâches");
  }

  @Test
  void anOfficerCannotOpenATaskOfAnotherAgency() throws Exception {
    PortalClient bobBrowser = loggedIn(bob.tenantEmail());
    bobBrowser.submit(
        bobBrowser.get("/locataire/nouvelle-demande.xhtml"),
        "contactForm",
        Map.of(
            "contract",
            String.valueOf(bob.contractId()),
            "subject",
            "Question",
            "message",
            "Pour l'agence de Bob"),
        "send");
    String taskId;
    try (Connection c = TestData.connect();
        var ps =
            c.prepareStatement(
                "select t.id_ from act_ru_task t join act_ru_variable v on v.proc_inst_id_ ="
                    + " t.proc_inst_id_ and v.name_ = 'agencyCode' where v.text_ = ? limit 1")) {
      ps.setString(1, bob.agencyCode());
      try (var rs = ps.executeQuery()) {
        rs.next();
        taskId = rs.getString(1);
      }
    }

    PortalClient aliceOfficer = loggedIn(alice.officerEmail());
    assertThat(aliceOfficer.get("/gestion/corbeille.xhtml").body()).doesNotContain(taskId);
    HttpResponse<String> foreignTask =
        aliceOfficer.get("/gestion/taches/contact.xhtml?tache=" + taskId);
    assertThat(foreignTask.statusCode()).isEqualTo(404);
    assertThat(foreignTask.body()).doesNotContain("Pour l'agence de Bob");

    assertThat(loggedIn(bob.officerEmail()).get("/gestion/corbeille.xhtml").body())
        .contains(taskId);
  }

  @Test
  void anUnknownPageAnswersNotFoundWithoutAStackTrace() throws Exception {
    HttpResponse<String> page = new PortalClient().get("/nexiste-pas.xhtml");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("Page introuvable")
        .doesNotContainPattern("at [a-z]+\\.[\\w.$]+\\(")
        .doesNotContain(".java:");
  }

  @Test
  void everyResponseForbidsSniffingAndFraming() throws Exception {
    PortalClient browser = new PortalClient();
    for (String path :
        List.of(
            "/connexion.xhtml",
            "/nexiste-pas.xhtml",
            "/jakarta.faces.resource/css/portal.css.xhtml?ln=portal")) {
      HttpResponse<String> response = browser.get(path);
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'self'"));
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() throws Exception {
    String plain = sessionCookie(new PortalClient().get("/connexion.xhtml"));
    assertThat(plain)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .doesNotContain("Secure");

    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
    PortalClient overTls =
        new PortalClient(
            "https://localhost:" + System.getProperty("portal.https.port") + "/portail",
            HttpClient.newBuilder().sslContext(trustAll));
    String secure = sessionCookie(overTls.get("/connexion.xhtml"));
    assertThat(secure).contains("HttpOnly").contains("Secure");
  }

  private static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow();
  }

  private static PortalClient loggedIn(String email) throws Exception {
    PortalClient browser = new PortalClient();
    HttpResponse<String> home = browser.login(email, TestData.PASSWORD);
    assertThat(home.uri().getPath()).as("login of " + email).doesNotEndWith("connexion.xhtml");
    return browser;
  }

  private static String errorsOf(HttpResponse<String> page) {
    return page.body()
        .replaceAll("(?s).*<ul id=\"pageMessages\"", "")
        .replaceAll("(?s)</ul>.*", "");
  }

  private static long requestsOn(long contractId) throws Exception {
    try (Connection c = TestData.connect()) {
      return TestData.count(
          c, "select count(*) from tenant_request where contract_id = ?", contractId);
    }
  }

  /** The test server's certificate is self-signed; this test checks cookies, not certificates. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
