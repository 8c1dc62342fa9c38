package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.ReadResult;
import org.junit.jupiter.api.Test;

class JsonLinesArticleReaderTest {

  private final JsonLinesArticleReader reader = new JsonLinesArticleReader();

  private static SourceText feed(String text) {
    return new SourceText("in/feed.jsonl", "feed.jsonl", text);
  }

  @Test
  void readsGoodLinesAndReportsBrokenLine() {
    String text =
        """
        {"id": "a1", "url": "https://example.org/a1", "title": " Visit ", "published": "2023-12-09T10:00:00Z", "text": "Minsk and Hanoi."}
        {"id": "a2", "text": "broken
        {"text": "No id here."}
        """;

    ReadResult result = reader.read(feed(text));

    assertThat(result.articles()).extracting(Article::id).containsExactly("a1", "feed-3");
    Article first = result.articles().get(0);
    assertThat(first.source()).isEqualTo("https://example.org/a1");
    assertThat(first.title()).contains("Visit");
    assertThat(first.published()).contains(new PartialDate(2023, 12, 9));
    assertThat(first.text()).isEqualTo("Minsk and Hanoi.");
    assertThat(result.articles().get(1).source()).isEqualTo("in/feed.jsonl:3");
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).line()).isEqualTo(2);
    assertThat(result.problems().get(0).toString())
        .startsWith("in/feed.jsonl:2: not valid JSON (")
        .endsWith(")");
  }

  @Test
  void missingTextIsAProblemNamingTheLine() {
    ReadResult result = reader.read(feed("{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"  \"}\n"));

    assertThat(result.articles()).extracting(Article::id).containsExactly("a");
    assertThat(result.problems())
        .extracting(Object::toString)
        .containsExactly(
            "in/feed.jsonl:2: no \"text\" field",
            "in/feed.jsonl:3: \"text\" is blank or not a string");
  }

  @Test
  void malformedDateIsAProblemButArticleIsKeptWithoutDate() {
    ReadResult result =
        reader.read(feed("{\"id\": \"a\", \"published\": \"last week\", \"text\": \"Body.\"}\n"));

    assertThat(result.articles()).hasSize(1);
    assertThat(result.articles().get(0).published()).isEmpty();
    assertThat(result.problems())
        .extracting(Object::toString)
        .containsExactly(
            "in/feed.jsonl:1: unreadable \"published\" date \"last week\" (expected YYYY-MM-DD)");
  }

  @Test
  void missingDateIsNoProblem() {
    ReadResult result = reader.read(feed("{\"id\": \"a\", \"published\": null, \"text\": \"Body.\"}"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.articles().get(0).published()).isEmpty();
  }

  @Test
  void lineThatIsNotAnObjectIsAProblem() {
    ReadResult result = reader.read(feed("[1, 2]\n{\"text\": \"ok\"}"));

    assertThat(result.problems())
        .extracting(Object::toString)
        .containsExactly("in/feed.jsonl:1: not a JSON object");
    assertThat(result.articles()).hasSize(1);
  }

  @Test
  void repeatedIdIsAProblemAndSecondLineSkipped() {
    ReadResult result = reader.read(feed("{\"id\": 7, \"text\": \"a\"}\n{\"id\": \"7\", \"text\": \"b\"}"));

    assertThat(result.articles()).extracting(Article::text).containsExactly("a");
    assertThat(result.problems())
        .extracting(Object::toString)
        .containsExactly("in/feed.jsonl:2: duplicate id \"7\" (first on line 1)");
  }

  @Test
  void acceptsJsonLinesButNotProseOrHtml() {
    assertThat(reader.accepts(feed("{\"text\": \"a\"}\n\n{\"text\": \"b\"}"))).isTrue();
    assertThat(reader.accepts(feed("{\"text\": \"a\"}\n{\"text\": \"trunc"))).isTrue();
    assertThat(reader.accepts(feed("{\"text\": \"a\"}\nPlain prose."))).isFalse();
    assertThat(reader.accepts(feed("<html>{\"text\": \"a\"}</html>"))).isFalse();
  }
}
