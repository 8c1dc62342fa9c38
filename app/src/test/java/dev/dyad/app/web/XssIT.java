package dev.dyad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.app.cli.TestKnowledge;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An article whose title and sentences carry script tags and HTML attributes is ingested and
 * served: the API sends it as escaped JSON, and in the browser (when there is one) nothing in it
 * runs — {@code window.__xss}, which every payload would set, stays undefined.
 */
class XssIT {
  static final String ARTICLE = """
      Zimbabwe and Belarus hold talks <script>window.__xss = 1</script>

       date 2024-03-06 HARARE, March 6 -

      HARARE – Belarusian Prime Minister Roman Golovchenko began an official visit to Zimbabwe on March 5, 2024 \
      <img src=x onerror="window.__xss = 2">, and held talks with Zimbabwean President Emmerson Mnangagwa in Harare \
      " onmouseover="window.__xss = 3" <b>bold</b>.

      The two sides signed an agreement on cooperation in agriculture <script>window.__xss = 4</script> during the visit.
      """;

  @TempDir
  static Path dir;

  static DyadServer server;

  @BeforeAll
  static void serveTheHostileArticle() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("hostile_visit.txt"), ARTICLE);
    server = DyadServer.start(TestKnowledge.ingest(dir.resolve("xss.db"), articles), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theArticleYieldsEventsWhoseEvidenceCarriesTheMarkup() {
    JsonNode p = Http.json(Http.get(server.address() + "api/dyads/BLR-ZWE"));
    assertThat(p.get("timeline")).isNotEmpty();
    assertThat(p.get("timeline").findValuesAsText("text")).anySatisfy(t -> assertThat(t).contains("<img src=x onerror="));
  }

  @Test
  void apiSendsMarkupOnlyAsEscapedJson() {
    for (String url : new String[] {"api/dyads/BLR-ZWE", "api/articles/hostile_visit", "api/events?country=ZWE"}) {
      HttpResponse<String> r = Http.get(server.address() + url);
      assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");
      assertThat(r.body()).as(url).doesNotContain("<script").doesNotContain("<img").contains("\\u003Cimg src=x");
    }
    assertThat(Http.json(Http.get(server.address() + "api/articles/hostile_visit")).get("text").asText())
        .contains("<script>window.__xss = 1</script>");
  }

  @Test
  void nothingRunsInTheBrowser() throws Exception {
    assumeTrue(Browser.available(), "no chromium and chromedriver here");
    WebDriver browser = Browser.start(dir.resolve("chromium"));
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(server.address() + "dyad.html?pair=BLR-ZWE");
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
      WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline [data-event-id]")));
      new Actions(browser).moveToElement(item).perform();
      item.click();
      WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence .evidence-text")));
      assertThat(quote.getText()).contains("<img src=x onerror=");
      new Actions(browser).moveToElement(quote).perform();
      assertThat(browser.findElements(By.cssSelector("#evidence img, #evidence script, #evidence b"))).isEmpty();
      Browser.screenshot(browser, Path.of("target", "screenshots", "xss-page.png"));
      assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");

      browser.findElement(By.cssSelector("#evidence a.open-article")).click();
      WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#text mark.chosen")));
      assertThat(browser.findElement(By.id("title")).getText()).contains("<script>window.__xss = 1</script>");
      new Actions(browser).moveToElement(mark).perform();
      assertThat(browser.findElements(By.cssSelector("#text img, #text script, #text b, #title script"))).isEmpty();
      assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");
    } finally {
      browser.quit();
    }
  }
}
