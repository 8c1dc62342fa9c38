package dev.dyad.core.extract;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Sentence;

/** The evidence for a record read from one sentence: the article id and the sentence's span and text. */
final class SentenceQuote {
  private SentenceQuote() {}

  static Evidence of(AnnotatedArticle article, Sentence s) {
    return new Evidence(article.article().id(), s.start(), s.end(), s.text());
  }
}
