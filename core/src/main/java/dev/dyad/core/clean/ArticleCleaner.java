package dev.dyad.core.clean;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;

/**
 * The clean stage: labels an article's lines and fills in its publication date when a dateline
 * gives it. Thread-safe.
 */
public final class ArticleCleaner {
  private final LineLabeler labeler = new LineLabeler();
  private final PublicationDateFinder dates = new PublicationDateFinder();

  public CleanArticle clean(Article article) {
    CleanArticle labelled = labeler.label(article);
    return new CleanArticle(article.withPublished(dates.find(labelled)), labelled.lines());
  }
}
