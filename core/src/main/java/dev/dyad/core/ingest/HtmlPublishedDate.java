package dev.dyad.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of an HTML page, from the first of these that holds a date: the {@code
 * article:published_time} meta tag, a {@code <time datetime>} element, a JSON-LD {@code
 * datePublished}. Only the date part (the first ten characters) is kept.
 *
 * <p>A source that is present but unreadable ({@code content="yesterday"}) is a problem, and the
 * next source is tried; a page with no date at all is not a problem.
 */
final class HtmlPublishedDate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlPublishedDate() {}

  static Optional<PartialDate> find(Document doc, String location, List<Problem> problems) {
    for (Element meta :
        doc.select("meta[property=article:published_time], meta[name=article:published_time]")) {
      Optional<PartialDate> date =
          parse(meta.attr("content"), meta, "article:published_time", location, problems);
      if (date.isPresent()) {
        return date;
      }
    }
    // <time> elements also carry bare times ("20:00"); only those that start with a date count.
    Element time = doc.selectFirst("time[datetime~=^\\s*\\d{4}-\\d{2}]");
    if (time != null) {
      Optional<PartialDate> date =
          parse(time.attr("datetime"), time, "<time datetime>", location, problems);
      if (date.isPresent()) {
        return date;
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode json;
      try {
        json = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        problems.add(
            new Problem(
                location,
                line(script),
                "JSON-LD is not valid JSON (" + JsonReasons.of(e) + ")"));
        continue;
      }
      JsonNode value = json == null ? null : json.findValue("datePublished");
      if (value != null && value.isTextual()) {
        Optional<PartialDate> date =
            parse(value.asText(), script, "JSON-LD datePublished", location, problems);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> parse(
      String value, Element where, String what, String location, List<Problem> problems) {
    String v = value.strip();
    Optional<PartialDate> date = PartialDate.parse(v.substring(0, Math.min(10, v.length())));
    if (date.isEmpty()) {
      problems.add(
          new Problem(
              location,
              line(where),
              "unreadable date \"" + v + "\" in " + what + " (expected YYYY-MM-DD)"));
    }
    return date;
  }

  private static int line(Element e) {
    int line = e.sourceRange().start().lineNumber();
    return Math.max(line, 0);
  }
}
