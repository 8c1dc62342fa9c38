package dev.dyad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.app.cli.TestKnowledge;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a knowledge base built from the sample articles. */
class DyadApiIT {
  @TempDir
  static Path dir;

  static DyadServer server;
  static String base;

  @BeforeAll
  static void serveTheSamples() {
    server = DyadServer.start(TestKnowledge.ingest(dir.resolve("samples.db"), TestKnowledge.SAMPLES), "127.0.0.1", 0);
    base = server.address();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void bindsToLoopback() {
    assertThat(base).startsWith("http://127.0.0.1:");
  }

  @Test
  void listsTheVietnamBelarusPairWithCounts() {
    JsonNode dyads = Http.json(Http.get(base + "api/dyads"));
    assertThat(dyads.findValuesAsText("pair")).contains("BLR-VNM");
    JsonNode pair = dyads.get(0);
    assertThat(pair.get("events").asInt()).isGreaterThan(5);
    assertThat(pair.get("articles").asInt()).isEqualTo(5);
  }

  @Test
  void profileHasTheTimelineWithTheDecember2023Visit() {
    HttpResponse<String> r = Http.get(base + "api/dyads/vietnam-Belarus");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode p = Http.json(r);
    assertThat(p.get("pair").asText()).isEqualTo("BLR-VNM");
    assertThat(p.get("timeline")).anySatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("VISIT");
      assertThat(e.get("start").asText()).startsWith("2023-12");
      assertThat(e.get("refs")).isNotEmpty();
      assertThat(e.get("evidence")).isNotEmpty();
    });
    assertThat(p.get("sources")).hasSize(5);
  }

  @Test
  void profileKeepsOnlyTheRequestedPeriod() {
    JsonNode p = Http.json(Http.get(base + "api/dyads/BLR-VNM?from=2024&to=2024-12"));
    assertThat(p.get("timeline")).isNotEmpty().allSatisfy(e -> assertThat(e.get("start").asText()).startsWith("2024"));
  }

  @Test
  void unknownPairIs404Json() {
    HttpResponse<String> r = Http.get(base + "api/dyads/FRA-DEU");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.json(r).get("error").asText()).contains("FRA").contains("DEU");
  }

  @Test
  void badParametersAre400Json() {
    for (String url : new String[] {"api/dyads/BLR-VNM?from=last-year", "api/dyads/Atlantis-VNM",
        "api/events?type=PARTY", "api/events?from=2025&to=2024", "api/events?country=Narnia"}) {
      HttpResponse<String> r = Http.get(base + url);
      assertThat(r.statusCode()).as(url).isEqualTo(400);
      assertThat(Http.json(r).get("error").asText()).as(url).isNotBlank();
    }
  }

  @Test
  void eventsFilterByCountryTypeAndDate() {
    JsonNode events = Http.json(Http.get(base + "api/events?country=belarus&type=visit&from=2023-12&to=2023-12"));
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.get("type").asText()).isEqualTo("VISIT");
      assertThat(e.get("start").asText()).startsWith("2023-12");
    });
  }

  @Test
  void articleComesWithTextAndEvidenceSpans() {
    JsonNode p = Http.json(Http.get(base + "api/dyads/BLR-VNM"));
    JsonNode ev = p.get("timeline").get(0).get("evidence").get(0);
    JsonNode a = Http.json(Http.get(base + "api/articles/" + ev.get("article").asText()));
    String text = a.get("text").asText();
    assertThat(a.get("spans")).isNotEmpty().allSatisfy(s ->
        assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText()));
    assertThat(a.get("spans")).anySatisfy(s -> assertThat(s.get("start").asInt()).isEqualTo(ev.get("start").asInt()));
  }

  @Test
  void unknownArticleIs404Json() {
    HttpResponse<String> r = Http.get(base + "api/articles/no-such-article");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Http.json(r).get("error").asText()).contains("no-such-article");
  }

  @Test
  void describesItselfWithOpenApi() {
    JsonNode api = Http.json(Http.get(base + "api/openapi.json"));
    assertThat(api.get("openapi").asText()).startsWith("3.");
    assertThat(api.get("paths").has("/api/dyads/{pair}")).isTrue();
  }

  @Test
  void isReadOnly() {
    for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
      HttpResponse<String> r = Http.send(method, base + "api/dyads");
      assertThat(r.statusCode()).as(method).isIn(404, 405);
    }
    assertThat(Http.get(base + "api/dyads").statusCode()).isEqualTo(200);
  }

  @Test
  void servesThePageAndItsLibrariesWithAScriptPolicy() {
    HttpResponse<String> page = Http.get(base + "dyad.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
    assertThat(Http.get(base + "webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    assertThat(Http.get(base + "vendor/vis-timeline/vis-timeline-graph2d.min.js").statusCode()).isEqualTo(200);
  }
}
