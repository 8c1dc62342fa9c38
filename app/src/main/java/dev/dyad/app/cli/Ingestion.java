package dev.dyad.app.cli;

import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.ingest.ArticleSources;
import dev.dyad.core.ingest.SourceResult;
import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the pipeline over a batch of sources into a knowledge base and counts what happened.
 * A bad source or article is reported on its own line and the batch goes on.
 */
final class Ingestion {
  private final ArticleSources sources = new ArticleSources();
  private final ArticleCleaner cleaner = new ArticleCleaner();
  private final KnowledgeBase kb;
  private final PrintStream errors;

  /** Counts of one batch. */
  static final class Tally {
    int read;
    int stored;
    int skipped;
    int failed;

    @Override
    public String toString() {
      return String.format("read %d, stored %d, skipped %d (already stored), failed %d", read, stored, skipped, failed);
    }
  }

  Ingestion(KnowledgeBase kb, PrintStream errors) {
    this.kb = kb;
    this.errors = errors;
  }

  Tally run(List<Path> paths, Consumer<SourceResult> progress) {
    Tally tally = new Tally();
    sources.forEach(paths, source -> {
      for (Problem p : source.result().problems()) {
        errors.println("error: " + p);
        tally.failed++;
      }
      for (Article article : source.result().articles()) {
        tally.read++;
        try {
          switch (kb.store(cleaner.clean(article))) {
            case STORED, REPLACED -> tally.stored++;
            case UNCHANGED -> tally.skipped++;
          }
        } catch (RuntimeException e) {
          errors.println("error: " + article.source() + ": could not store article " + article.id() + ": " + e.getMessage());
          tally.failed++;
        }
      }
      progress.accept(source);
    });
    return tally;
  }
}
