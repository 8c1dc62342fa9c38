package dev.dyad.core.extract;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.gazetteer.GazetteerMatch;
import dev.dyad.core.gazetteer.MatchType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the country words that open a name: the countries or demonyms joined by hyphens or dashes
 * at its start ("Vietnam – Belarus", "India-Japan", "Franco-German", "Nigeria-South Africa"),
 * and the rest of the name without them.
 */
final class CountryPairs {
  /** A word of a name: letters or digits with inner apostrophes, dots or plus signs ("U.S.", "2+2"). */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.+]*");
  private static final Pattern DASH_GAP = Pattern.compile("\\s*[-–—]\\s*");

  /** The countries (ISO alpha-3, in text order, distinct) of the opening pair and where the rest begins. */
  record Prefix(List<String> countries, int restStart) {}

  private CountryPairs() {}

  static Prefix prefix(String name, Gazetteer gazetteer) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<GazetteerMatch> found = gazetteer.find(name).stream()
        .filter(g -> (g.type() == MatchType.COUNTRY || g.type() == MatchType.DEMONYM) && g.iso3().isPresent())
        .toList();
    boolean[] country = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      country[i] = found.stream().anyMatch(g -> g.start() < w[1] && w[0] < g.end());
    }
    // a word dash-joined to a country word belongs to the pair ("Franco" in "Franco-German")
    for (int i = 0; i + 1 < words.size(); i++) {
      if (dashed(name, words.get(i), words.get(i + 1)) && (country[i] || country[i + 1])) {
        country[i] = true;
        country[i + 1] = true;
      }
    }
    int last = -1;
    boolean joined = false;
    for (int i = 0; i < words.size() && country[i]; i++) {
      last = i;
      joined |= i > 0 && dashed(name, words.get(i - 1), words.get(i));
    }
    if (last < 0 || !joined) {
      return new Prefix(List.of(), 0);
    }
    int end = words.get(last)[1];
    Set<String> isos = new LinkedHashSet<>();
    found.stream().filter(g -> g.start() < end).forEach(g -> isos.add(g.iso3().get()));
    int rest = end;
    while (rest < name.length() && Character.isWhitespace(name.charAt(rest))) {
      rest++;
    }
    return new Prefix(List.copyOf(isos), rest);
  }

  private static boolean dashed(String name, int[] a, int[] b) {
    return DASH_GAP.matcher(name.substring(a[1], b[0])).matches();
  }
}
