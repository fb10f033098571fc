package fr.portail.it;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium from the Debian packages, headless, in French, driven by the Debian chromedriver
 * (no browser download).
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("portal.browser.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=fr-FR",
        "--window-size=1280,900");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  public void open(String path) {
    driver.get(PortalClient.baseUrl() + path);
  }

  public void type(String id, String text) {
    WebElement field = find(id);
    field.clear();
    field.sendKeys(text);
  }

  public void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  public void clickLink(String text) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(text))).click();
  }

  /** Follows the menu entry to the given page (entries are shown in capitals). */
  public void menu(String path) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("nav.menu a[href$='" + path + "']")))
        .click();
    waitForPath(path);
  }

  public WebElement find(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /**
   * Waits until the page's visible text holds this text. The text is read by a script at each poll,
   * not through an element: a page replaced under the wait (a navigation, an Ajax update of the
   * body) made Chrome refuse the element of the old document ("Node with given id does not belong
   * to the document"). Non-breaking spaces read as spaces, as WebElement.getText() reads them.
   */
  public void waitForText(String text) {
    try {
      wait.until(
          d -> {
            try {
              Object visible =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return document.body"
                              + " ? document.body.innerText.replace(/[\\u00a0\\u202f]/g, ' ')"
                              + " : '';");
              return visible != null && visible.toString().contains(text);
            } catch (WebDriverException pageChanging) {
              return false;
            }
          });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the text \"" + text + "\" never appeared on " + driver.getCurrentUrl(), e);
    }
  }

  public void waitForPath(String path) {
    wait.until(ExpectedConditions.urlContains(path));
  }

  /**
   * Whether the browser arrives at this path within a few seconds: for an action that may rightly
   * be refused (a login during its throttling delay), where a click can return before the next page
   * has loaded.
   */
  public boolean arrivesAt(String path) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(path));
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /** The element that has the keyboard focus. */
  public WebElement active() {
    return driver.switchTo().activeElement();
  }

  /** Presses Tab until the element with this id has the focus (fails after 40 presses). */
  public void tabTo(String id) {
    for (int i = 0; i < 40; i++) {
      if (id.equals(active().getAttribute("id"))) {
        return;
      }
      active().sendKeys(Keys.TAB);
    }
    throw new AssertionError("the keyboard never reaches " + id);
  }

  /** Presses Tab until a link whose address ends with this suffix has the focus. */
  public void tabToLink(String suffix) {
    for (int i = 0; i < 40; i++) {
      String href = active().getAttribute("href");
      if (href != null && href.endsWith(suffix)) {
        return;
      }
      active().sendKeys(Keys.TAB);
    }
    throw new AssertionError("the keyboard never reaches the link to " + suffix);
  }

  /** Types into the focused element. */
  public void keys(CharSequence... keys) {
    active().sendKeys(keys);
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String currentUrlQuery() {
    return java.net.URI.create(driver.getCurrentUrl()).getQuery();
  }

  public String currentPath() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  public void login(String email, String password) {
    open("/connexion.xhtml");
    type("loginForm:email", email);
    type("loginForm:password", password);
    click("loginForm:submit");
  }

  public void logout() {
    click("userBox:logout");
    waitForPath("/connexion.xhtml");
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Width of the page's content: more than the window means a horizontal scroll bar. */
  public long contentWidth() {
    return (Long)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
  }

  public long windowWidth() {
    return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
  }

  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * What axe-core finds against WCAG 2.1 A and AA on the page as it is: one line per rule broken,
   * with the elements that break it; empty when nothing is.
   */
  public List<String> wcagViolations() {
    return new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver)
            .getViolations()
            .stream()
            .map(
                v ->
                    v.getId()
                        + " "
                        + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
            .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
