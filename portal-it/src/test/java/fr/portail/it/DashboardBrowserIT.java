package fr.portail.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portail.it.DashboardTestData.Request;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The technical managers' dashboard in real Chromium: its charts are drawn on their canvases (by
 * Chart.js, from the page's own resources), axe-core finds no WCAG 2.1 AA violation at a desktop's
 * and a phone's width, the page does not scroll sideways on a phone, and the table sorts.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

  private String manager;
  private String caretaker;
  private String tenant;
  private long contract;
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeEach
  void agencyWithTechnicalRequests() throws Exception {
    Instant now = Instant.now();
    try (Connection c = TestData.connect()) {
      TestData.Fixture fixture = TestData.create(c);
      tenant = fixture.tenantEmail();
      contract = fixture.contractId();
      TechnicalTestData.Staff staff = TechnicalTestData.create(c, fixture);
      manager = staff.managerEmail();
      caretaker = staff.caretakerEmail();
      long residence = DashboardTestData.residenceOf(c, fixture.contractId());
      long k = fixture.contractId();
      DashboardTestData.store(
          c,
          Request.open(
              k,
              residence,
              "LOGEMENT_PLOMBERIE",
              "URGENT",
              now.minusSeconds(600),
              "SUBMITTED",
              false));
      DashboardTestData.store(
          c,
          Request.open(
              k,
              residence,
              "COMMUNS_ECLAIRAGE",
              "NORMAL",
              now.minus(Duration.ofDays(12)),
              "IN_PROGRESS",
              true));
      DashboardTestData.store(
          c,
          Request.closed(
              k,
              residence,
              "LOGEMENT_CHAUFFAGE",
              now.minus(Duration.ofDays(9)),
              "RESOLVED",
              now.minus(Duration.ofDays(2)),
              false,
              4));
    }
    // A request through the tenant's form, triaged: the time per step has a finished task.
    String number =
        TechnicalJourneys.send(
            Journeys.loggedIn(tenant), contract, "LOGEMENT_SERRURERIE", List.of());
    TechnicalJourneys.askIntervention(Journeys.loggedIn(caretaker), number);
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theDashboardDrawsItsChartsAndHasNoWcagAaViolation() {
    browser.login(manager, TestData.PASSWORD);
    browser.waitForPath("/gestion/");
    browser.menu("/gestion/tableau-de-bord.xhtml");
    for (int width : new int[] {1280, 375}) {
      browser.resize(width, 900);
      browser.open("/gestion/tableau-de-bord.xhtml");
      browser.find("contenu");
      assertChartsDrawn();
      assertNoViolation("tableau de bord @" + width + "px");
      assertThat(browser.contentWidth())
          .as("no horizontal scrolling @" + width + "px")
          .isLessThanOrEqualTo(browser.windowWidth());
      browser.screenshot("tableau-de-bord-" + width + "px");
    }

    browser.resize(1280, 900);
    browser.open("/gestion/tableau-de-bord.xhtml");
    String firstBefore = firstRowNumber();
    browser
        .driver()
        .findElement(By.cssSelector("#dashboardForm\\:requests th.ui-sortable-column"))
        .click();
    // The table is re-rendered by the sort's Ajax answer: a row read mid-update is stale.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !firstRowNumber().equals(firstBefore));
  }

  private String firstRowNumber() {
    return browser
        .driver()
        .findElement(By.cssSelector("#dashboardForm\\:requests tbody tr td a"))
        .getText();
  }

  /** Five canvases, each with its Chart.js chart and a size. */
  private void assertChartsDrawn() {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "var c = document.querySelectorAll('canvas');"
                            + " return c.length === 5 && typeof Chart !== 'undefined'"
                            + " && Array.from(c).every(function (x) {"
                            + " return Chart.getChart(x) && x.width > 0 && x.height > 0; });")));
    assertThat(
            js.executeScript(
                "return Array.from(document.querySelectorAll('canvas')).map(function (x) {"
                    + " return x.getAttribute('role') + ':' + (x.getAttribute('aria-label') || '');"
                    + " });"))
        .asList()
        .allSatisfy(
            label -> assertThat(String.valueOf(label)).startsWith("img:").hasSizeGreaterThan(10));
  }

  private void assertNoViolation(String where) {
    assertThat(browser.wcagViolations()).as(where).isEmpty();
  }
}
