package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads ordinals of sessions and rounds: "16th", "4th", "1st", "seventh". */
final class Ordinals {
  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> WORDS = load();

  private Ordinals() {}

  static Optional<Integer> parse(String word) {
    Matcher m = DIGITS.matcher(word);
    if (m.matches()) {
      return Optional.of(Integer.parseInt(m.group(1)));
    }
    return Optional.ofNullable(WORDS.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> out = new HashMap<>();
    for (String row : ResourceLines.lines("/extract/ordinals.txt")) {
      String[] cols = row.split("\t");
      out.put(cols[0], Integer.parseInt(cols[1]));
    }
    return Map.copyOf(out);
  }
}
