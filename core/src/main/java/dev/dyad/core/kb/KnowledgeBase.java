package dev.dyad.core.kb;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;
import java.util.List;

/**
 * The only stateful part of Dyad: it stores cleaned articles (and, later, the records extracted
 * from them) and answers queries. Storing is idempotent: an article whose content was stored
 * before changes nothing. Each {@link #store} call is one transaction, so a crash mid-batch leaves
 * every article either fully stored or absent. Implementations are safe for use from one thread at
 * a time.
 */
public interface KnowledgeBase extends AutoCloseable {

  /** What storing one article did. */
  enum StoreOutcome { STORED, UNCHANGED, REPLACED }

  /** Stores an article without records (as before any extractor ran). */
  default StoreOutcome store(CleanArticle article) {
    return store(article, ArticleRecords.empty(article.article().id()));
  }

  /**
   * Stores an article and what was extracted from it, in one transaction. The records are
   * rewritten even when the article is UNCHANGED, so a better extractor's output replaces the old.
   */
  StoreOutcome store(CleanArticle article, ArticleRecords records);

  /** The records of every stored article, ordered by article id. */
  List<ArticleRecords> records();

  /** Every stored article, ordered by id. */
  List<CleanArticle> articles();

  int articleCount();

  @Override
  void close();
}
