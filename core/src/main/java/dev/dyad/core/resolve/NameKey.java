package dev.dyad.core.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merge key of a name: the sorted stems of its content words, so that spellings of one name
 * agree. "Economic-Trade", "Economic, Trade," and "Economic - Trade" give the same words;
 * "Scientific-Technical" and "Scientific - Technological" the same stems (first five letters);
 * "Inter-governmental" reads as "intergovernmental". A parenthesised alias does not count.
 */
public final class NameKey {
  private static final Set<String> STOP = Set.of("of", "the", "and", "for", "on", "at", "in", "to", "between");
  private static final int STEM = 5;

  private NameKey() {}

  public static String of(String name) {
    String folded = Normalizer.normalize(name.replaceAll("\\([^)]*\\)", " "), Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("\\b(inter|bi|co)\\s*-\\s*", "$1");
    Set<String> stems = new TreeSet<>();
    for (String w : folded.split("[^a-z0-9+]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        stems.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return String.join(" ", stems);
  }
}
