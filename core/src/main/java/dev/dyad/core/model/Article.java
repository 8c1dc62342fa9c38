package dev.dyad.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as read from its source, before cleaning: an id (the file name without its
 * extension, or the id given by a feed), where it came from, its title and publication date when
 * the source's metadata gives them, and its full text. Evidence spans point into {@link #text()}.
 *
 * <p>Example: {@code 000_c84a6828bc171109.txt} becomes id {@code 000_c84a6828bc171109}, source
 * the file path, no title, published 2023-12-09 (from its {@code  date} line), and the file's text.
 */
public record Article(
    String id, String source, Optional<String> title, Optional<PartialDate> published, String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank (source " + source + ")");
    }
  }

  /** The text split at line breaks (\n, \r\n or \r), numbered from 1 as an editor shows them. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(number++, start, i, text.substring(start, i)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new Line(number, start, n, text.substring(start)));
    }
    return List.copyOf(lines);
  }

  public Article withPublished(Optional<PartialDate> date) {
    return new Article(id, source, title, date, text);
  }
}
