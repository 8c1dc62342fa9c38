package dev.dyad.core.annotate;

import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-tagged sentence for tests that need tokens without loading CoreNLP: written as
 * {@code "They/PRP met/VBD on/IN Monday/NNP ./."}, its text is the words joined by spaces and its
 * tokens start at offset 0.
 */
record Tagged(String text, List<Token> tokens) {

  static Tagged of(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.trim().split("\\s+")) {
      int slash = item.lastIndexOf('/');
      String word = item.substring(0, slash);
      String pos = item.substring(slash + 1);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(new Token(word, word, pos, "O", start, text.length()));
    }
    return new Tagged(text.toString(), List.copyOf(tokens));
  }

  /** SUTime's reading of the first occurrence of {@code span}. */
  TimexCandidate timex(String span, String value) {
    return timex(span, "DATE", value, "");
  }

  TimexCandidate timex(String span, String type, String value, String alt) {
    int at = text.indexOf(span);
    if (at < 0) {
      throw new IllegalArgumentException("'" + span + "' not in: " + text);
    }
    return new TimexCandidate(at, at + span.length(), span, type, value, alt);
  }
}
