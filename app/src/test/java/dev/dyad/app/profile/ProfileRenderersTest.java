package dev.dyad.app.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Place;
import dev.dyad.core.profile.DateRange;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.ProfileBuilder;
import dev.dyad.core.resolve.FactMergers;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileRenderersTest {
  static final String HOSTILE = "The minister <script>alert(1)</script> came \" onmouseover=\"alert(2)\" [link](javascript:x) *bold*";

  static DyadProfile profile() {
    Evidence ev = new Evidence("art-1", 10, 10 + HOSTILE.length(), HOSTILE);
    Article article = new Article("art-1", "javascript:alert(3)", Optional.of("Title <img src=x onerror=alert(4)>"),
        PartialDate.parse("2023-12-09"), "x".repeat(10) + HOSTILE);
    Event visit = new Event(EventType.VISIT, Optional.of("official"), List.of("VNM", "BLR"), Optional.of("BLR"),
        Optional.of("VNM"), List.of(new Participant("Roman <b>Golovchenko</b>", Optional.of("BLR"), Optional.of("Prime Minister"))),
        PartialDate.parse("2023-12-08"), Optional.empty(), Optional.of(Place.country("VNM")), EventStatus.OCCURRED,
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(ev));
    FactMergers.ClaimGroup conflict = new FactMergers.ClaimGroup("legal_instruments_count", List.of("BLR", "VNM"), List.of(
        new Claim("legal_instruments_count", List.of("BLR", "VNM"), "more than 90", Optional.empty(), List.of(ev)),
        new Claim("legal_instruments_count", List.of("BLR", "VNM"), "about <50>", PartialDate.parse("2025-05"), List.of(ev))));
    ResolvedKnowledge k = new ResolvedKnowledge(List.of(new CleanArticle(article, List.of())), List.of(visit), List.of(),
        List.of(), Map.of(), List.of(), List.of(), List.of(conflict));
    return new ProfileBuilder(Gazetteer.standard()).build(k, "VNM", "BLR", DateRange.ALL);
  }

  @Test
  void markdownHasEverySectionAndCitesSources() {
    String md = new MarkdownProfileRenderer().render(profile());
    assertThat(md).startsWith("# Belarus – Vietnam (BLR–VNM)");
    for (String section : List.of("## Overview", "## Timeline", "## Mechanisms", "## Agreements", "## Trade and other figures",
        "## Locality partnerships", "## Officials", "## Conflicting claims", "## Sources")) {
      assertThat(md).contains(section);
    }
    assertThat(md).contains("**2023-12-08** — VISIT (official), BLR → VNM").contains("[1] (e1)");
    assertThat(md).contains("1. Title");
  }

  @Test
  void markdownEscapesArticleText() {
    String md = new MarkdownProfileRenderer().render(profile());
    assertThat(md).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<img")
        .doesNotContain("[link](").contains("&lt;b&gt;Golovchenko&lt;/b&gt;").contains("about &lt;50&gt;");
  }

  @Test
  void htmlEscapesArticleTextAndLinksOnlyWebAddresses() {
    String html = new HtmlProfileRenderer().render(profile());
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>Golovchenko").doesNotContain("<img")
        .doesNotContain("\" onmouseover=\"").doesNotContain("href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot; onmouseover=&quot;alert(2)&quot;");
    assertThat(html).contains("<code>javascript:alert(3)</code>");
    assertThat(html).contains("class=\"conflict\"");
  }

  @Test
  void jsonEscapesMarkupAndReadsBackUnchanged() throws Exception {
    ObjectMapper mapper = SafeJson.mapper();
    String json = mapper.writeValueAsString(new ProfileJson(mapper).render(profile()));
    assertThat(json).doesNotContain("<script>").doesNotContain("<b>").contains("\\u003Cscript\\u003E");
    JsonNode back = new ObjectMapper().readTree(json);
    assertThat(back.get("timeline").get(0).get("evidence").get(0).get("text").asText()).isEqualTo(HOSTILE);
    assertThat(back.get("timeline").get(0).get("refs").get(0).asInt()).isEqualTo(1);
    assertThat(back.get("conflicts").get(0).get("values")).hasSize(2);
    assertThat(back.get("sources").get(0).get("location").asText()).isEqualTo("javascript:alert(3)");
  }

  @Test
  void htmlEscaperCoversAttributeQuotes() {
    assertThat(Html.escape("<a href='x' title=\"y\">&</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
  }
}
