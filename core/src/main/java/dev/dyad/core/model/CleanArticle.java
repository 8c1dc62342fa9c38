package dev.dyad.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** An article with every line labelled; offsets stay those of {@link Article#text()}. */
public record CleanArticle(Article article, List<LabelledLine> lines) {
  public CleanArticle {
    Objects.requireNonNull(article, "article");
    lines = List.copyOf(lines);
  }

  /** Line numbers per non-body label, as the export lists them ({@code "caption" -> [4, 16]}). */
  public Map<LineLabel, List<Integer>> linesByLabel() {
    Map<LineLabel, List<Integer>> out = new EnumMap<>(LineLabel.class);
    for (LabelledLine l : lines) {
      if (l.label() != LineLabel.BODY && l.label() != LineLabel.BLANK) {
        out.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(l.number());
      }
    }
    return out;
  }

  /** The title from the source's metadata, else the first line labelled as title. */
  public Optional<String> title() {
    if (article.title().isPresent()) {
      return article.title();
    }
    return lines.stream().filter(l -> l.label() == LineLabel.TITLE).findFirst().map(l -> l.content().strip());
  }

  /** The lines to read for facts, in order. */
  public List<LabelledLine> readableLines() {
    return lines.stream().filter(LabelledLine::isReadable).toList();
  }

  /** Labels keyed by line number (for tests and diagnostics). */
  public Map<Integer, LineLabel> labels() {
    Map<Integer, LineLabel> out = new TreeMap<>();
    lines.forEach(l -> out.put(l.number(), l.label()));
    return out;
  }
}
