package dev.dyad.core.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of normalised phrases read from a resource file: a line matches when it equals a phrase,
 * or starts with a phrase written with a trailing {@code " *"}.
 */
final class PhraseList {
  private final Set<String> exact;
  private final List<String> prefixes;

  private PhraseList(Set<String> exact, List<String> prefixes) {
    this.exact = Set.copyOf(exact);
    this.prefixes = List.copyOf(prefixes);
  }

  static PhraseList of(List<String> phrases) {
    Set<String> exact = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    for (String p : phrases) {
      if (p.endsWith(" *")) {
        prefixes.add(LineText.normalize(p.substring(0, p.length() - 2)));
      } else {
        exact.add(LineText.normalize(p));
      }
    }
    return new PhraseList(exact, prefixes);
  }

  /** Whether an already normalised line matches one of the phrases. */
  boolean matches(String normalized) {
    if (exact.contains(normalized)) {
      return true;
    }
    for (String p : prefixes) {
      if (normalized.equals(p) || normalized.startsWith(p + " ")) {
        return true;
      }
    }
    return false;
  }
}
