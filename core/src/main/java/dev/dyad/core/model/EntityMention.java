package dev.dyad.core.model;

import java.util.Objects;

/**
 * A run of tokens the tagger classed as one named entity: its coarse type (PERSON, LOCATION,
 * ORGANIZATION, MISC, NUMBER, MONEY, …), its character span in {@link Article#text()} and the
 * text of that span. Example: {@code EntityMention("PERSON", 40, 64, "Ivanov Pyotr Sergeyevich")}.
 */
public record EntityMention(String type, int start, int end, String text) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad mention span [" + start + "," + end + ") for " + text);
    }
  }
}
