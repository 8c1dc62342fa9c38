package dev.dyad.core.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matcher that finds the longest office title starting at a word of a text, filling the
 * {@code {portfolio}} and {@code {name}} slots of the patterns in {@code offices.tsv}.
 *
 * <p>Titles match in any case ("the foreign minister said"), except patterns flagged {@code cap}
 * (military ranks, "Prince") and all-caps abbreviations ("PM"). When two patterns cover the same
 * words, the one with fewer slots wins, then the one listed first. Thread-safe.
 */
final class OfficeMatcher {

  /** An office found: the office, the word after it and the word ranges of its name slots. */
  record Hit(Office office, OfficePattern pattern, int end, List<int[]> nameSlots) {}

  private static final int MAX_NAME_WORDS = 4;

  /** A node of the pattern trie: literal words, the two slots, and the patterns ending here. */
  private static final class Node {
    final Map<String, Node> literal = new HashMap<>(4);
    Node portfolio;
    Node name;
    final List<OfficePattern> patterns = new ArrayList<>(1);
  }

  private final Node root = new Node();
  private final PortfolioMatcher portfolios;

  OfficeMatcher(List<OfficePattern> patterns, PortfolioMatcher portfolios) {
    this.portfolios = portfolios;
    for (OfficePattern p : patterns) {
      Node node = root;
      for (String w : p.words()) {
        if (w.equals(OfficePattern.PORTFOLIO)) {
          node = node.portfolio != null ? node.portfolio : (node.portfolio = new Node());
        } else if (w.equals(OfficePattern.NAME)) {
          node = node.name != null ? node.name : (node.name = new Node());
        } else {
          node = node.literal.computeIfAbsent(w, k -> new Node());
        }
      }
      node.patterns.add(p);
    }
  }

  /**
   * The longest office starting at word {@code start}, or null.
   *
   * @param strict apply the case rules of running text; lookups of a single title do not
   */
  Hit match(List<Token> tokens, int start, boolean strict) {
    if (!root.literal.containsKey(tokens.get(start).folded())
        && portfolios.readings(tokens, start).isEmpty()) {
      return null; // most words begin no title: skip the search
    }
    Search s = new Search(tokens, start, strict);
    s.walk(root, start, List.of(), List.of());
    return s.best;
  }

  /** One depth-first search over the pattern trie. */
  private final class Search {
    final List<Token> tokens;
    final int start;
    final boolean strict;
    Hit best;

    Search(List<Token> tokens, int start, boolean strict) {
      this.tokens = tokens;
      this.start = start;
      this.strict = strict;
    }

    void walk(Node node, int pos, List<String> filled, List<int[]> names) {
      for (OfficePattern p : node.patterns) {
        if (pos > start && accepts(p, pos)) {
          offer(p, pos, filled, names);
          break;
        }
      }
      if (pos >= tokens.size()) {
        return;
      }
      Node lit = node.literal.get(tokens.get(pos).folded());
      if (lit != null) {
        walk(lit, pos + 1, filled, names);
      }
      if (node.portfolio != null) {
        for (PortfolioMatcher.Reading r : portfolios.readings(tokens, pos)) {
          List<String> more = new ArrayList<>(filled);
          r.portfolios().stream().filter(x -> !more.contains(x)).forEach(more::add);
          walk(node.portfolio, r.end(), more, names);
        }
      }
      if (node.name != null) {
        for (int end = pos + 1; end <= Math.min(tokens.size(), pos + MAX_NAME_WORDS); end++) {
          if (!tokens.get(end - 1).capitalised()) {
            break;
          }
          List<int[]> more = new ArrayList<>(names);
          more.add(new int[] {pos, end});
          walk(node.name, end, filled, more);
        }
      }
    }

    boolean accepts(OfficePattern p, int end) {
      if (!strict) {
        return true;
      }
      if (p.exactCase()) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
          sb.append(tokens.get(i).letters());
        }
        return sb.toString().equals(p.pattern().replaceAll("[^\\p{L}\\p{N}]", ""));
      }
      return !p.capital() || tokens.get(start).capitalised();
    }

    void offer(OfficePattern p, int end, List<String> filled, List<int[]> names) {
      if (best != null && (end < best.end()
          || (end == best.end() && p.slots() >= best.pattern().slots()))) {
        return;
      }
      List<String> ports = p.portfolio().isEmpty() ? filled : List.of(p.portfolio());
      Office office = new Office(p.title(), p.kind(), p.level(), ports);
      best = new Hit(office, p, end, List.copyOf(names));
    }
  }
}
