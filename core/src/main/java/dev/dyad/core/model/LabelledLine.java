package dev.dyad.core.model;

import java.util.Objects;

/**
 * A line with its label. {@code contentStart} is where the line's own text begins (after a
 * metadata prefix such as {@code " date 2024-03-07 "}); {@code duplicateOf} is the number of an
 * earlier line with the same text, or 0: duplicates keep their label but are read only once.
 */
public record LabelledLine(Line line, LineLabel label, int contentStart, int duplicateOf) {
  public LabelledLine {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(label, "label");
    if (contentStart < line.start() || contentStart > line.end()) {
      throw new IllegalArgumentException("content start outside line " + line.number());
    }
  }

  public int number() {
    return line.number();
  }

  /** True when this line should be read for facts: a content label and not a repeat. */
  public boolean isReadable() {
    return label.isContent() && duplicateOf == 0;
  }

  /** The line's text after any metadata prefix. */
  public String content() {
    return line.text().substring(contentStart - line.start());
  }
}
