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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA in real Chromium: axe-core on every public page and every tenant page, at a desktop
 * and at a phone's width; and the login to the home page with the keyboard only.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

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
      TestData.addMandate(c, fixture, "FR7630006000011234567890189");
      TestData.addDocument(
          c,
          fixture,
          "RECEIPT",
          "2026-03",
          "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void everyPublicAndTenantPageHasNoWcagAaViolation() {
    for (int width : new int[] {1280, 375}) {
      browser.resize(width, 900);
      for (String page : Pages.PUBLIC) {
        browser.open(page);
        assertNoViolation(page + " @" + width + "px");
      }
    }
    browser.login(fixture.tenantEmail(), TestData.PASSWORD);
    browser.waitForPath("/locataire/accueil.xhtml");
    for (int width : new int[] {1280, 375}) {
      browser.resize(width, 900);
      for (String page : Pages.TENANT) {
        browser.open(page);
        browser.find("contenu");
        assertNoViolation(page + " @" + width + "px");
        assertThat(browser.contentWidth())
            .as("no horizontal scrolling on " + page + " @" + width + "px")
            .isLessThanOrEqualTo(browser.windowWidth());
      }
    }
    browser.open("/locataire/accueil.xhtml");
    browser.screenshot("accueil-375px");
  }

  @Test
  void aTenantLogsInAndReachesHisFileWithTheKeyboardOnly() {
    browser.open("/connexion.xhtml");
    browser.tabTo("loginForm:email");
    browser.active().sendKeys(fixture.tenantEmail());
    browser.active().sendKeys(Keys.TAB);
    assertThat(browser.active().getAttribute("id")).isEqualTo("loginForm:password");
    browser.active().sendKeys(TestData.PASSWORD, Keys.ENTER);
    browser.waitForPath("/locataire/accueil.xhtml");
    assertThat(browser.text()).contains("Dossier n° " + fixture.fileNumber());

    // The first Tab reaches the skip link, which moves the focus to the content.
    browser.active().sendKeys(Keys.TAB);
    WebElement skip = browser.active();
    assertThat(skip.getAttribute("href")).endsWith("#contenu");
    assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
    skip.sendKeys(Keys.ENTER);
    browser.tabToLink("/locataire/demandes.xhtml");
    browser.active().sendKeys(Keys.ENTER);
    browser.waitForPath("/locataire/demandes.xhtml");
  }

  private void assertNoViolation(String where) {
    assertThat(browser.wcagViolations()).as(where).isEmpty();
  }
}
