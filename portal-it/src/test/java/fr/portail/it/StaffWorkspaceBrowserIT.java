package fr.portail.it;

import static fr.portail.it.Journeys.loggedIn;
import static fr.portail.it.Journeys.sendContactRequest;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In real Chromium, the officer's workspace: the inbox filtered and sorted by the table's headers
 * (server-side, through PrimeFaces' ajax), a task opened, and the request view drawing the process
 * with bpmn-js from the WebJar, its current step highlighted.
 */
@ExtendWith(ArquillianExtension.class)
class StaffWorkspaceBrowserIT {

  private TestData.Fixture fixture;
  private String numberA;
  private String numberZ;
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  @BeforeEach
  void twoRequestsOfTwoTenants() throws Exception {
    String zola;
    try (Connection c = TestData.connect()) {
      fixture = TestData.create(c);
      TestData.addTenant(c, fixture, "Aubert");
      zola = TestData.addTenant(c, fixture, "Zola");
    }
    PortalClient aubert = loggedIn("aubert" + fixture.n() + "@test.fr");
    numberA =
        sendContactRequest(aubert, Journeys.contractOf("aubert" + fixture.n() + "@test.fr"), "A");
    numberZ = sendContactRequest(loggedIn(zola), Journeys.contractOf(zola), "Z");
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.screenshot(getClass().getSimpleName() + "-last");
    browser.close();
  }

  @Test
  void theOfficerFiltersSortsOpensATaskAndSeesTheProcessDrawn() {
    browser.login(fixture.officerEmail(), TestData.PASSWORD);
    browser.waitForPath("/gestion/corbeille.xhtml");
    browser.waitForText("Demande n° " + numberZ);
    assertThat(browser.wcagViolations()).as("inbox").isEmpty();

    browser.type("inboxForm:tenant", "zola");
    browser.click("inboxForm:apply");
    waitUntilFirstRowContains("ZOLA Paul");
    waitUntilRows(1);

    browser.click("inboxForm:clear");
    waitUntilRows(2);
    sortBy("Locataire", "ascending");
    waitUntilFirstRowContains("AUBERT Paul");
    sortBy("Locataire", "descending");
    waitUntilFirstRowContains("ZOLA Paul");

    browser.clickLink("Demande n° " + numberA);
    browser.waitForText("Répondre à une demande de contact");
    assertThat(browser.wcagViolations()).as("task form").isEmpty();
    browser.clickLink("Voir toute la demande et son processus");
    browser.waitForPath("/gestion/demande.xhtml");
    WebElement diagram = browser.find("diagram");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(diagram, "data-drawn", "true"));
    assertThat(browser.wcagViolations()).as("request view").isEmpty();
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#diagram .djs-element.diagram-active"))
                .stream()
                .map(e -> e.getAttribute("data-element-id"))
                .toList())
        .containsExactly("answerContactTask");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#diagram .djs-element.diagram-done"))
                .size())
        .as("the start event and the flow to the task are marked done")
        .isGreaterThanOrEqualTo(2);
    assertThat(browser.text()).contains("Étape en cours : Répondre à la demande de contact");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView();", diagram);
    browser.screenshot("request-view-diagram");
  }

  /** Clicks the column's header and waits until the table says it is sorted that way. */
  private void sortBy(String header, String order) {
    By column =
        By.xpath(
            "//th[contains(@class,'ui-sortable-column')][.//span[normalize-space()='"
                + header
                + "']]");
    browser.driver().findElement(column).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> order.equals(d.findElement(column).getAttribute("aria-sort")));
  }

  private List<String> rowsText() {
    return browser.driver().findElements(By.cssSelector("#inboxForm\\:tasks_data > tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void waitUntilRows(int count) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> rowsText().size() == count);
  }

  private void waitUntilFirstRowContains(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !rowsText().isEmpty() && rowsText().get(0).contains(text));
  }
}
