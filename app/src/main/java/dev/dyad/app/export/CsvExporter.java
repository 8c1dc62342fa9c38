package dev.dyad.app.export;

import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.resolve.ResolvedKnowledge;
import dev.dyad.core.resolve.Resolver;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the knowledge base as a folder of CSV files, one per record kind ({@link CsvTables}),
 * for spreadsheet users: RFC 4180 (fields with commas, quotes or line breaks quoted, CRLF between
 * records), UTF-8 without a byte-order mark, a header row first. Ids are those of the JSON export.
 * Existing files of the same names are replaced; other files in the folder are left alone.
 */
public final class CsvExporter {
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** Writes every table into {@code dir} (created if needed) and returns the files written. */
  public List<Path> write(KnowledgeBase kb, Path dir) throws IOException {
    return write(Resolver.resolve(kb.articles(), kb.records()), dir);
  }

  public List<Path> write(ResolvedKnowledge k, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (CsvTable table : CsvTables.of(k)) {
      Path file = dir.resolve(table.file());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
        printer.printRecord(table.header());
        printer.printRecords(table.rows());
      }
      written.add(file);
    }
    return List.copyOf(written);
  }
}
