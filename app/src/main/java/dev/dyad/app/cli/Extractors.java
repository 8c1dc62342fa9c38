package dev.dyad.app.cli;

import dev.dyad.core.extract.ArticleExtractor;
import dev.dyad.core.extract.RuleBasedExtractor;

/** The extractor the command line runs. */
final class Extractors {
  private Extractors() {}

  static ArticleExtractor standard() {
    return RuleBasedExtractor.standard();
  }
}
