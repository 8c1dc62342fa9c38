package dev.dyad.app.web;

import dev.dyad.core.model.Evidence;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence spans of one article and the records each supports, ordered by position. Record
 * ids: {@code e} events, {@code m} mechanisms, {@code a} agreements (as in the export), {@code s}
 * statistics, {@code c} claim groups and {@code p} people (positions in the resolved lists).
 */
final class ArticleSpans {
  private ArticleSpans() {}

  /** One span: where it is, its text, and the records citing it. */
  record Span(int start, int end, String text, List<String> records) {}

  static List<Span> of(ResolvedKnowledge k, String article) {
    Map<String, Span> spans = new TreeMap<>();
    for (int i = 0; i < k.events().size(); i++) {
      add(spans, article, "e" + (i + 1), k.events().get(i).evidence());
    }
    for (int i = 0; i < k.mechanisms().size(); i++) {
      add(spans, article, "m" + (i + 1), k.mechanisms().get(i).evidence());
    }
    for (int i = 0; i < k.agreements().size(); i++) {
      add(spans, article, "a" + (i + 1), k.agreements().get(i).evidence());
    }
    for (int i = 0; i < k.statistics().size(); i++) {
      add(spans, article, "s" + (i + 1), k.statistics().get(i).evidence());
    }
    for (int i = 0; i < k.claims().size(); i++) {
      String id = "c" + (i + 1);
      k.claims().get(i).claims().forEach(c -> add(spans, article, id, c.evidence()));
    }
    for (int i = 0; i < k.people().size(); i++) {
      add(spans, article, "p" + (i + 1), k.people().get(i).evidence());
    }
    return spans.values().stream().sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end)).toList();
  }

  private static void add(Map<String, Span> spans, String article, String id, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      if (e.article().equals(article)) {
        Span s = spans.computeIfAbsent(e.start() + ":" + e.end(), x -> new Span(e.start(), e.end(), e.text(), new ArrayList<>()));
        if (!s.records().contains(id)) {
          s.records().add(id);
        }
      }
    }
  }
}
