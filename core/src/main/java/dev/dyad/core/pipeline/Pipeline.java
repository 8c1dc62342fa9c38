package dev.dyad.core.pipeline;

import dev.dyad.core.annotate.TextAnnotator;
import dev.dyad.core.annotate.UndatedArticles;
import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.extract.ArticleExtractor;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;

/**
 * The per-article pipeline: clean → annotate → extract. Built once per process (loading the
 * annotator takes seconds); {@link #process} is thread-safe and pure.
 */
public final class Pipeline {
  private final ArticleCleaner cleaner;
  private final TextAnnotator annotator;
  private final ArticleExtractor extractor;

  public Pipeline(ArticleCleaner cleaner, TextAnnotator annotator, ArticleExtractor extractor) {
    this.cleaner = cleaner;
    this.annotator = annotator;
    this.extractor = extractor;
  }

  /** What the pipeline made of one article. */
  public record Result(CleanArticle clean, AnnotatedArticle annotated, ArticleRecords records) {}

  public Result process(Article article) {
    CleanArticle clean = cleaner.clean(article);
    AnnotatedArticle annotated = UndatedArticles.infer(annotator.annotate(clean));
    return new Result(annotated.clean(), annotated, extractor.extract(annotated));
  }
}
