package dev.dyad.core.extract;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds annotated articles for extractor tests without CoreNLP: one sentence a line, no tokens or times. */
final class PlainArticles {
  static final ArticleDyad CHILE_GHANA = new ArticleDyad(List.of("GHA", "CHL"));

  private PlainArticles() {}

  static AnnotatedArticle of(String published, String text) {
    Article a = new Article("t", "test:t", Optional.empty(), PartialDate.parse(published), text);
    List<LabelledLine> lines = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (Line l : a.lines()) {
      lines.add(new LabelledLine(l, l.isBlank() ? LineLabel.BLANK : LineLabel.BODY, l.start(), 0));
      if (!l.isBlank()) {
        sentences.add(new Sentence(l.start(), l.end(), l.text(), l.number(), List.of(), List.of(), List.of()));
      }
    }
    return new AnnotatedArticle(new CleanArticle(a, lines), sentences);
  }
}
