package dev.dyad.app.cli;

import dev.dyad.core.resolve.ResolvedKnowledge;
import dev.dyad.core.resolve.Resolver;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** Builds a knowledge base for tests by running the real pipeline (CoreNLP: ITs only) over some articles. */
public final class TestKnowledge {
  private TestKnowledge() {}

  /** The repository's sample articles, seen from the app module's directory (where Maven runs tests). */
  public static final Path SAMPLES = Path.of("..", "samples");

  /** Ingests {@code sources} into a new store at {@code db} and returns it resolved. */
  public static ResolvedKnowledge ingest(Path db, Path... sources) {
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
      Ingestion.Tally tally = new Ingestion(kb, new PrintStream(OutputStream.nullOutputStream()), 2)
          .run(List.of(sources), s -> { });
      if (tally.failed > 0 || tally.stored == 0) {
        throw new IllegalStateException("ingesting " + List.of(sources) + " for a test: " + tally);
      }
      return Resolver.resolve(kb.articles(), kb.records());
    }
  }
}
