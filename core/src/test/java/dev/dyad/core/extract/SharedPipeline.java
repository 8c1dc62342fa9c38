package dev.dyad.core.extract;

import dev.dyad.core.annotate.TextAnnotator;
import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.pipeline.Pipeline;
import java.util.Optional;

/**
 * The one clean → annotate → extract pipeline every extractor IT shares: CoreNLP takes seconds
 * and gigabytes to load, so it is loaded once per test JVM, on first use.
 */
final class SharedPipeline {
  private SharedPipeline() {}

  private static final class Holder {
    static final Pipeline PIPELINE =
        new Pipeline(new ArticleCleaner(), TextAnnotator.load(), RuleBasedExtractor.standard());
  }

  static Pipeline pipeline() {
    return Holder.PIPELINE;
  }

  /** An article with the given id, publication date ("2025-03-14", or null for none) and text. */
  static Article article(String id, String published, String text) {
    Optional<PartialDate> date = published == null ? Optional.empty() : PartialDate.parse(published);
    if (published != null && date.isEmpty()) {
      throw new IllegalArgumentException("bad test date " + published);
    }
    return new Article(id, "test:" + id, Optional.empty(), date, text);
  }

  static Pipeline.Result process(Article article) {
    return pipeline().process(article);
  }

  /** The records of an article with the given id, publication date and text. */
  static ArticleRecords extract(String id, String published, String text) {
    return process(article(id, published, text)).records();
  }
}
