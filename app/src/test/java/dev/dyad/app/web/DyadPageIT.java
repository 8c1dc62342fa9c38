package dev.dyad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dyad.app.cli.TestKnowledge;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium, on the Vietnam–Belarus profile of the sample articles:
 * the timeline shows the December 2023 visit, clicking it shows its evidence, and the evidence
 * opens the article with the span highlighted. Writes {@code target/screenshots/dyad-page.png}.
 * Skipped where Chromium or chromedriver is not installed (CI installs both).
 */
class DyadPageIT {
  static final Path SCREENSHOT = Path.of("target", "screenshots", "dyad-page.png");

  @TempDir
  static Path dir;

  static DyadServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() {
    assumeTrue(Browser.available(), "no chromium and chromedriver here");
    server = DyadServer.start(TestKnowledge.ingest(dir.resolve("samples.db"), TestKnowledge.SAMPLES), "127.0.0.1", 0);
    browser = Browser.start(dir.resolve("chromium"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @Test
  void listPageFindsThePairBySearch() {
    browser.get(server.address());
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-pair='BLR-VNM']")));
    browser.findElement(By.id("search")).sendKeys("việt");
    assertThat(browser.findElements(By.cssSelector("tr[data-pair='BLR-VNM']"))).hasSize(1);
    browser.findElement(By.id("search")).sendKeys("xyz");
    assertThat(browser.findElements(By.cssSelector("tr[data-pair='BLR-VNM']"))).isEmpty();
  }

  @Test
  void timelineShowsTheDecember2023VisitAndClickingItShowsItsEvidence() throws Exception {
    browser.get(server.address() + "dyad.html?pair=BLR-VNM");
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    String id = eventId("2023-12", "VISIT");
    WebElement visit = waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#timeline [data-event-id='" + id + "']")));
    assertThat(visit.getText()).contains("2023-12").contains("VISIT");
    Browser.screenshot(browser, SCREENSHOT);

    visit.click();
    WebElement evidence = browser.findElement(By.id("evidence"));
    waiting().until(ExpectedConditions.presenceOfNestedElementLocatedBy(evidence, By.cssSelector(".evidence-text")));
    assertThat(evidence.getText()).contains("Golovchenko").contains(id);
    List<String> quotes = new ArrayList<>();
    evidence.findElements(By.cssSelector(".evidence-text")).forEach(q -> quotes.add(q.getText()));
    assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q).isNotBlank());
    Browser.screenshot(browser, SCREENSHOT);

    evidence.findElement(By.cssSelector("a.open-article")).click();
    WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#text mark.chosen")));
    assertThat(quotes.get(0)).contains(mark.getText());
  }

  @Test
  void typeFilterHidesAndShowsEvents() {
    browser.get(server.address() + "dyad.html?pair=BLR-VNM");
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    int all = browser.findElements(By.cssSelector("#timeline [data-event-id]")).size();
    browser.findElement(By.id("filter-visit")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#timeline [data-event-id]")).size() < all);
    browser.findElement(By.id("filter-visit")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#timeline [data-event-id]")).size() == all);
  }

  @Test
  void conflictingClaimsAreHighlighted() {
    browser.get(server.address() + "dyad.html?pair=BLR-VNM");
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    assertThat(browser.findElements(By.cssSelector("#conflicts tr.conflict"))).hasSizeGreaterThanOrEqualTo(2);
  }

  private String eventId(String start, String type) {
    var p = Http.json(Http.get(server.address() + "api/dyads/BLR-VNM"));
    for (var e : p.get("timeline")) {
      if (e.get("start").asText().startsWith(start) && e.get("type").asText().equals(type)) {
        return e.get("id").asText();
      }
    }
    throw new AssertionError("no " + type + " in " + start + " in the profile");
  }
}
