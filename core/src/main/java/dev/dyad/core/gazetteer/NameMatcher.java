package dev.dyad.core.gazetteer;

import java.util.List;

/**
 * The matcher that finds the longest country, demonym, city or excluded name starting at a word
 * of a text, obeying each name's case rules.
 *
 * <p>Names need a capital initial (all-caps datelines such as "HÀ NỘI" qualify), and every word
 * capitalised in the data must be capitalised in the text ("The Valley" is not "The valley").
 * All-caps forms ("US", "UAE") match only in exactly that case. A combining form ("Franco",
 * "Sino") matches only when a hyphen or dash follows at once and a country or demonym comes after
 * it ("Franco-German", not "Franco said"). Read-only after construction; thread-safe.
 */
final class NameMatcher {

  /** A name found: the entry and the word after its last word. */
  record Hit(NameEntry entry, int end, boolean ambiguous) {}

  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014";

  private final PhraseTrie<NameEntry> trie;

  NameMatcher(PhraseTrie<NameEntry> trie) {
    this.trie = trie;
  }

  /** The longest acceptable name starting at word {@code start}, or null. */
  Hit match(String text, List<Token> tokens, int start) {
    PhraseTrie.Node<NameEntry> node = trie.root();
    Hit best = null;
    for (int i = start; i < tokens.size(); i++) {
      node = node.child(tokens.get(i).folded());
      if (node == null) {
        break;
      }
      for (NameEntry e : node.values()) {
        if (e.acceptsCase(tokens, start, i + 1)
            && (e.kind() != NameEntry.Kind.COMBINING || combines(text, tokens, start, i + 1))) {
          best = new Hit(e, i + 1, e.ambiguous() || rivals(node.values(), e));
          break;
        }
      }
    }
    return best;
  }

  /** A combining form stands alone before a dash that a country or demonym follows. */
  private boolean combines(String text, List<Token> tokens, int start, int end) {
    if (end != start + 1 || end >= tokens.size()) {
      return false;
    }
    int after = tokens.get(start).end();
    if (after >= text.length() || DASHES.indexOf(text.charAt(after)) < 0
        || tokens.get(end).start() != after + 1) {
      return false;
    }
    Hit next = match(text, tokens, end);
    return next != null && next.entry().kind() != NameEntry.Kind.CITY
        && next.entry().kind() != NameEntry.Kind.EXCLUDED;
  }

  /** True when another entry of the same kind resolves the same name differently. */
  private static boolean rivals(List<NameEntry> entries, NameEntry chosen) {
    for (NameEntry e : entries) {
      if (e != chosen && e.kind() == chosen.kind() && e.value() != null
          && !e.value().equals(chosen.value())) {
        return true;
      }
    }
    return false;
  }
}
