package dev.dyad.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that opens the knowledge base. */
final class StoreOption {
  static final String ENV = "DYAD_DB";
  static final Path DEFAULT = Path.of("dyad-data", "dyad.db");

  @Option(names = "--db", paramLabel = "FILE",
      description = "Knowledge-base file (default: $" + ENV + ", else ./dyad-data/dyad.db).")
  Path db;

  Path resolve() {
    if (db != null) {
      return db;
    }
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? DEFAULT : Path.of(env);
  }
}
