package dev.dyad.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One file of the CSV export: its name, its header and its rows of cells, each row as long as
 * the header. An empty cell stands for a missing value.
 */
public record CsvTable(String file, List<String> header, List<List<String>> rows) {

  public CsvTable {
    Objects.requireNonNull(file, "file");
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(file + ": a row has " + row.size() + " cells for "
            + header.size() + " columns " + header + ": " + row);
      }
    }
  }

  /** Collects the rows of one table; cells are given as strings, null for missing. */
  static final class Builder {
    private final String file;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Builder(String file, String... header) {
      this.file = file;
      this.header = List.of(header);
    }

    Builder row(String... cells) {
      // List.copyOf rejects nulls: a missing value is an empty cell.
      rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
      return this;
    }

    CsvTable build() {
      return new CsvTable(file, header, rows);
    }
  }
}
