package dev.dyad.app.cli;

import dev.dyad.app.export.CsvExporter;
import dev.dyad.app.export.JsonExporter;
import dev.dyad.store.sqlite.SqliteKnowledgeBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad export [--format json] [--out FILE]} or {@code dyad export --format csv --out DIR}: the
 * knowledge base as one JSON object (the evaluation's export format) or as a folder of CSV files,
 * one per record kind. Exit code 2 without a knowledge base, or for CSV without {@code --out}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the knowledge base as JSON (the format of the evaluation's FORMAT.md) or as CSV files, "
        + "one per record kind (articles.csv, events.csv, event_participants.csv, people.csv, mechanisms.csv, "
        + "agreements.csv, statistics.csv, claims.csv, evidence.csv) in the folder given by --out."})
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format { json, csv }

  @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE|DIR",
      description = "JSON: write to FILE instead of standard output. CSV (required): the folder to write the files into.")
  Path out;

  @Mixin
  StoreOption store = new StoreOption();

  @Override
  public Integer call() throws IOException {
    if (format == Format.csv && out == null) {
      System.err.println("error: --format csv writes one file per record kind: name their folder with --out DIR");
      return 2;
    }
    if (format == Format.csv && Files.exists(out) && !Files.isDirectory(out)) {
      System.err.println("error: --out " + out + " is a file; --format csv needs a folder to write its files into");
      return 2;
    }
    Optional<Path> db = store.existing();
    if (db.isEmpty()) {
      return 2;
    }
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(db.get())) {
      if (format == Format.csv) {
        int files = new CsvExporter().write(kb, out).size();
        System.err.println("exported " + kb.articleCount() + " articles as " + files + " CSV files to " + out);
      } else if (out == null) {
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
