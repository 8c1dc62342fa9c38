package dev.dyad.core.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether one line repeats another: the same text (ignoring case and spacing), or a
 * paragraph whose word sequence is for the most part contained in a longer one, as when a
 * standfirst is repeated, reworded at its start, as the first body paragraph.
 */
final class Repeats {
  private static final int SHINGLE = 4;
  private static final double CONTAINED = 0.6;

  private Repeats() {}

  static boolean same(String a, String b) {
    return LineText.normalize(a).equals(LineText.normalize(b));
  }

  /** Whether most of {@code shorter}'s four-word sequences occur in {@code longer}. */
  static boolean mostlyContainedIn(String shorter, String longer) {
    List<String> a = words(shorter);
    List<String> b = words(longer);
    if (a.size() < 8 || b.size() < a.size()) {
      return false;
    }
    Set<String> inLonger = shingles(b);
    Set<String> mine = shingles(a);
    long hits = mine.stream().filter(inLonger::contains).count();
    return hits >= CONTAINED * mine.size();
  }

  private static List<String> words(String s) {
    return List.of(LineText.normalize(s).replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim().split("\\s+"));
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    return out;
  }
}
