package dev.dyad.app.cli;

import dev.dyad.app.export.JsonExporter;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export --format json [--out FILE]}: the knowledge base in the export format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the knowledge base as JSON (the format of the evaluation's FORMAT.md).")
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format { json }

  @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Mixin
  StoreOption store = new StoreOption();

  @Override
  public Integer call() throws IOException {
    Path db = store.resolve();
    if (!Files.exists(db)) {
      System.err.println("error: no knowledge base at " + db + " (run `dyad ingest PATH...` first, or pass --db)");
      return 2;
    }
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db)) {
      if (out == null) {
        new JsonExporter().write(kb, new NonClosing(System.out));
        System.out.println();
      } else {
        if (out.toAbsolutePath().getParent() != null) {
          Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
          new JsonExporter().write(kb, os);
        }
        System.err.println("exported " + kb.articleCount() + " articles to " + out);
      }
    }
    return 0;
  }

  /** Keeps Jackson from closing standard output. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
