package dev.dyad.core.model;

import java.util.Objects;

/**
 * Something wrong with the input, reported instead of thrown: the source it concerns, the line
 * (0 when it concerns the whole source) and a message saying what is wrong.
 * Rendered as one line: {@code path:line: message}.
 */
public record Problem(String source, int line, String message) {
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  public static Problem of(String source, String message) {
    return new Problem(source, 0, message);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
