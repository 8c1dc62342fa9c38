package dev.dyad.core.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * A gazetteer name found in a text: its span {@code [start, end)} in the original text, the text
 * itself, what it is and what it resolves to; {@code ambiguous} when the name also means something
 * else ("Chad", "Georgia", "Congo", "Korean").
 */
public record GazetteerMatch(
    MatchType type, int start, int end, String text, GazetteerValue value, boolean ambiguous) {
  public GazetteerMatch {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The ISO alpha-3 code of the country the match names or lies in; empty for offices. */
  public Optional<String> iso3() {
    if (value instanceof Country c) {
      return Optional.of(c.iso3());
    }
    if (value instanceof Place p) {
      return Optional.of(p.iso3());
    }
    return Optional.empty();
  }
}
