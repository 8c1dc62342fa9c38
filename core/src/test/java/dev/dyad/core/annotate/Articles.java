package dev.dyad.core.annotate;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds cleaned articles for annotator tests without the clean stage. */
final class Articles {
  private Articles() {}

  /** Every non-blank line is BODY, read from its first character. */
  static CleanArticle body(String id, Optional<PartialDate> published, String text) {
    Article a = new Article(id, "test:" + id, Optional.empty(), published, text);
    List<LabelledLine> lines = new ArrayList<>();
    for (Line l : a.lines()) {
      lines.add(new LabelledLine(l, l.isBlank() ? LineLabel.BLANK : LineLabel.BODY, l.start(), 0));
    }
    return new CleanArticle(a, lines);
  }

  static CleanArticle body(String published, String text) {
    return body("t", PartialDate.parse(published), text);
  }
}
