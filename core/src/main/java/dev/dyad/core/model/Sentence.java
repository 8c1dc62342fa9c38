package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an annotated article. A sentence never crosses a line: {@code lineNumber} is
 * the line holding it, and {@code start}/{@code end} are character offsets in
 * {@link Article#text()}, so {@code text} equals {@code article.text().substring(start, end)}. Tokens,
 * entity mentions and time mentions are in text order and use the same offsets.
 */
public record Sentence(
    int start,
    int end,
    String text,
    int lineNumber,
    List<Token> tokens,
    List<EntityMention> entities,
    List<TimeMention> times) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    if (start < 0 || end - start != text.length() || lineNumber < 1) {
      throw new IllegalArgumentException(
          "bad sentence [" + start + "," + end + ") on line " + lineNumber);
    }
  }
}
