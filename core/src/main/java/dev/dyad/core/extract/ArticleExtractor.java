package dev.dyad.core.extract;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.ArticleRecords;

/**
 * The extract stage: everything Dyad reads from one annotated article. A pure function of its
 * input — no shared mutable state — so articles can be extracted on any number of threads.
 */
public interface ArticleExtractor {
  ArticleRecords extract(AnnotatedArticle article);
}
