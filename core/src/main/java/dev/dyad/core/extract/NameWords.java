package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.internal.NameFolding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Dyad knows about the words of personal names: honorifics to strip ("Datuk Seri", "Dr"),
 * particles that live inside names ("da", "bin", "von"), and folding for comparison
 * ("Nguyễn Phú Trọng" → "nguyen phu trong").
 */
final class NameWords {
  private static final Set<String> HONORIFICS = Set.copyOf(ResourceLines.lines("/extract/honorifics.txt"));
  private static final Set<String> PARTICLES = Set.copyOf(ResourceLines.lines("/extract/name-particles.txt"));
  private static final int MAX_CACHED = 50_000;
  private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> KEY_WORDS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final String[] PATRONYMIC_ENDINGS = {"ovich", "evich", "ovna", "evna", "ichna", "vich", "vna"};

  private NameWords() {}

  static boolean isHonorific(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return HONORIFICS.contains(word) || HONORIFICS.contains(w);
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** "Nguyễn Phú Trọng" → "nguyen phu trong". */
  static String fold(String s) {
    return NameFolding.fold(s);
  }

  /** The folded words of a name without initials, honorifics and particles: {roman, golovchenko}. */
  static Set<String> keyWords(String name) {
    if (KEY_WORDS.size() > MAX_CACHED) {
      KEY_WORDS.clear(); // a bound for long runs; names repeat within an article, rarely across many
    }
    return KEY_WORDS.computeIfAbsent(name, NameWords::computeKeyWords);
  }

  private static Set<String> computeKeyWords(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : name.split("[\\s\\-‐]+")) {
      String w = raw.replaceAll("[’'`]s$", "");
      if (w.isEmpty() || isHonorific(w) || isParticle(w)) {
        continue;
      }
      String f = fold(w).replaceAll("[^a-z0-9]", "");
      if (f.length() > 1) {
        out.add(f);
      }
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  /** The initials a name gives for its first names ("S. Lukashevich" → [s]). */
  static List<Character> initials(String name) {
    List<Character> out = new ArrayList<>();
    for (String w : name.split("\\s+")) {
      if (w.matches("\\p{Lu}\\.?")) {
        out.add(Character.toLowerCase(fold(w).charAt(0)));
      }
    }
    return out;
  }

  /**
   * The word a person is usually called by when named briefly: the last one, or the first in
   * Russian order ("Khrenin Viktor Gennadievich", with a patronymic last).
   */
  static String familyWord(String name) {
    List<String> words = new ArrayList<>(keyWords(name));
    if (words.isEmpty()) {
      return "";
    }
    String last = words.get(words.size() - 1);
    if (words.size() >= 3) {
      for (String ending : PATRONYMIC_ENDINGS) {
        if (last.endsWith(ending)) {
          return words.get(0);
        }
      }
    }
    return last.toLowerCase(Locale.ROOT);
  }
}
