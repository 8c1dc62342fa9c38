package dev.dyad.core.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The matcher for the {@code {portfolio}} slot of office titles: one or more portfolios from
 * {@code portfolios.tsv}, optionally joined by "and" ("Industry and Trade", "Labour, Invalids and
 * Social Affairs"), each resolved to its canonical name. Case-insensitive; thread-safe.
 */
final class PortfolioMatcher {

  /** One way to read the slot: the word after it and the canonical portfolios, in order. */
  record Reading(int end, List<String> portfolios) {}

  private static final int MAX_PARTS = 4;

  private final PhraseTrie<String> trie;

  PortfolioMatcher(PhraseTrie<String> trie) {
    this.trie = trie;
  }

  /** Every reading of a portfolio slot starting at word {@code start}; empty if none. */
  List<Reading> readings(List<Token> tokens, int start) {
    if (start >= tokens.size() || trie.root().child(tokens.get(start).folded()) == null) {
      return List.of();
    }
    List<Reading> out = new ArrayList<>();
    collect(tokens, start, List.of(), out);
    return out;
  }

  private void collect(List<Token> tokens, int start, List<String> before, List<Reading> out) {
    PhraseTrie.Node<String> node = trie.root();
    for (int i = start; i < tokens.size(); i++) {
      node = node.child(tokens.get(i).folded());
      if (node == null) {
        return;
      }
      if (!node.values().isEmpty()) {
        List<String> parts = new ArrayList<>(before);
        if (!parts.contains(node.values().get(0))) {
          parts.add(node.values().get(0));
        }
        out.add(new Reading(i + 1, List.copyOf(parts)));
        if (before.size() + 1 < MAX_PARTS && i + 1 < tokens.size()) {
          int next = tokens.get(i + 1).folded().equals("and") ? i + 2 : i + 1;
          collect(tokens, next, parts, out);
        }
      }
    }
  }
}
