package dev.dyad.app.cli;

import dev.dyad.core.resolve.ResolvedKnowledge;
import dev.dyad.core.resolve.Resolver;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that opens the knowledge base. */
final class StoreOption {
  static final String ENV = "DYAD_DB";
  static final Path DEFAULT = Path.of("dyad-data", "dyad.db");

  @Option(names = "--db", paramLabel = "FILE",
      description = "Knowledge-base file (default: $" + ENV + ", else ./dyad-data/dyad.db).")
  Path db;

  /** The knowledge-base file if it exists; otherwise an error line saying how to make one. */
  Optional<Path> existing() {
    Path db = resolve();
    if (!Files.exists(db)) {
      System.err.println("error: no knowledge base at " + db + " (run `dyad ingest PATH...` first, or pass --db)");
      return Optional.empty();
    }
    return Optional.of(db);
  }

  /** The existing knowledge base resolved across its articles (see {@link #existing()}). */
  Optional<ResolvedKnowledge> resolved() {
    return existing().map(db -> {
      try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
        return Resolver.resolve(kb.articles(), kb.records());
      }
    });
  }

  Path resolve() {
    if (db != null) {
      return db;
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? DEFAULT : Path.of(env);
  }
}
