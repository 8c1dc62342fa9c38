package dev.dyad.app.cli;

import dev.dyad.core.extract.ArticleExtractor;
import dev.dyad.core.model.ArticleRecords;

/**
 * The factory of the extract stage the commands run: the one place to point at Dyad's real
 * extractor once it exists.
 */
final class Extractors {
  private Extractors() {}

  /** The standard extractor; for now one that extracts nothing, so commands measure clean + annotate. */
  static ArticleExtractor standard() {
    return a -> ArticleRecords.empty(a.article().id());
  }
}
