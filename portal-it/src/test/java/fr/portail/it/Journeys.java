package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Steps the HTTP tests share: log in, send a contact request, find a request's task. */
public final class Journeys {

  private static final Pattern TASK_LINK = Pattern.compile("tache=([0-9a-f-]+)");

  private Journeys() {}

  /** A client logged in with the test password; fails if the login is refused. */
  public static PortalClient loggedIn(String email) throws Exception {
    PortalClient browser = new PortalClient();
    assertThat(browser.login(email, TestData.PASSWORD).uri().getPath())
        .doesNotEndWith("connexion.xhtml");
    return browser;
  }

  /** Sends a "demande de contact" as the tenant; returns its number. */
  public static String sendContactRequest(PortalClient tenant, long contractId, String subject)
      throws Exception {
    HttpResponse<String> sent =
        tenant.submit(
            tenant.get("/locataire/nouvelle-demande.xhtml"),
            "contactForm",
            Map.of(
                "contract",
                String.valueOf(contractId),
                "subject",
                subject,
                "message",
                "Merci de me rappeler."),
            "send");
    assertThat(sent.uri().getPath()).isEqualTo("/portail/locataire/demande.xhtml");
    return sent.uri().getQuery().replace("numero=", "");
  }

  /** The id of the open task of a request, read in the engine's tables. */
  public static String taskOf(String number) throws Exception {
    try (Connection c = TestData.connect();
        var ps =
            c.prepareStatement(
                "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ?")) {
      ps.setString(1, number);
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).as("task of request " + number).isTrue();
        return rs.getString(1);
      }
    }
  }

  /** The contract a tenant signed (the test fixtures give each tenant one). */
  public static long contractOf(String tenantEmail) throws Exception {
    try (Connection c = TestData.connect()) {
      return TestData.count(
          c,
          "select o.contract_id from occupant o join user_account u on u.person_id = o.person_id"
              + " where u.email = ?",
          tenantEmail);
    }
  }

  /** The id of a request, by its number. */
  public static long requestId(String number) throws Exception {
    try (Connection c = TestData.connect()) {
      return TestData.count(c, "select id from tenant_request where number = ?", number);
    }
  }

  /** The task ids linked from a page (the inbox's rows), in the page's order. */
  public static List<String> taskLinks(HttpResponse<String> page) {
    List<String> ids = new ArrayList<>();
    Matcher m = TASK_LINK.matcher(page.body());
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }
}
