package dev.dyad.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader for JSON Lines feeds: one article per line, each a JSON object {@code {"id", "url",
 * "title", "published", "text"}}.
 *
 * <p>Each line stands alone: a line that is not JSON, not an object, or has no text gives a
 * problem naming that line ({@code feed.jsonl:3: not valid JSON (…)}) and the other lines are
 * still read. A missing id becomes {@code <file base name>-<line>}; a repeated id is a problem and
 * the line is skipped. The source is the {@code url}, else {@code <location>:<line>}. {@code
 * published} is read from its first ten characters ({@code "2023-12-09T10:00Z"} gives 2023-12-09);
 * a date that cannot be read is a problem, and the article is kept without a date, while a missing
 * date is no problem.
 */
public final class JsonLinesArticleReader implements ArticleReader {

  /** How many non-blank lines {@link #accepts} looks at. */
  private static final int SNIFF_LINES = 5;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("jsonl", "ndjson", "json");
  }

  /**
   * Accepts text whose first few non-blank lines all start with "{", at least one of them a whole
   * object ("{...}"): a feed with a truncated line is still a feed, and its broken line a problem.
   */
  @Override
  public boolean accepts(SourceText source) {
    int seen = 0;
    boolean whole = false;
    for (String line : (Iterable<String>) source.text().lines()::iterator) {
      String s = line.strip();
      if (s.startsWith("\uFEFF")) {
        s = s.substring(1);
      }
      if (s.isEmpty()) {
        continue;
      }
      if (!s.startsWith("{")) {
        return false;
      }
      whole |= s.endsWith("}");
      if (++seen == SNIFF_LINES) {
        break;
      }
    }
    return whole;
  }

  @Override
  public ReadResult read(SourceText source) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> firstLineOfId = new HashMap<>();
    int number = 0;
    for (String line : (Iterable<String>) source.text().lines()::iterator) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Optional<Article> article = readLine(source, number, line, problems);
      if (article.isEmpty()) {
        continue;
      }
      Integer first = firstLineOfId.putIfAbsent(article.get().id(), number);
      if (first != null) {
        problems.add(
            problem(
                source,
                number,
                "duplicate id \"" + article.get().id() + "\" (first on line " + first + ")"));
      } else {
        articles.add(article.get());
      }
    }
    if (articles.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.of(source.location(), "empty file"));
    }
    return new ReadResult(articles, problems);
  }

  private static Optional<Article> readLine(
      SourceText source, int number, String line, List<Problem> problems) {
    JsonNode json;
    try {
      json = JSON.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
    } catch (JsonProcessingException e) {
      problems.add(problem(source, number, "not valid JSON (" + JsonReasons.of(e) + ")"));
      return Optional.empty();
    }
    if (json == null || !json.isObject()) {
      problems.add(problem(source, number, "not a JSON object"));
      return Optional.empty();
    }
    JsonNode text = json.get("text");
    if (text == null || text.isNull()) {
      problems.add(problem(source, number, "no \"text\" field"));
      return Optional.empty();
    }
    if (!text.isTextual() || text.asText().isBlank()) {
      problems.add(problem(source, number, "\"text\" is blank or not a string"));
      return Optional.empty();
    }
    String id = string(json, "id").orElse(source.baseName() + "-" + number);
    String where = string(json, "url").orElse(source.location() + ":" + number);
    Optional<String> title = string(json, "title").map(String::strip);
    Optional<PartialDate> published = published(json, source, number, problems);
    return Optional.of(new Article(id, where, title, published, text.asText()));
  }

  private static Optional<PartialDate> published(
      JsonNode json, SourceText source, int number, List<Problem> problems) {
    JsonNode value = json.get("published");
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return Optional.empty();
    }
    String raw = value.asText().strip();
    Optional<PartialDate> date = PartialDate.parse(raw.substring(0, Math.min(10, raw.length())));
    if (date.isEmpty()) {
      problems.add(
          problem(
              source,
              number,
              "unreadable \"published\" date \"" + raw + "\" (expected YYYY-MM-DD)"));
    }
    return date;
  }

  /** A non-blank string field; numbers are taken as their text (ids are often numbers). */
  private static Optional<String> string(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private static Problem problem(SourceText source, int line, String message) {
    return new Problem(source.location(), line, message);
  }
}
