package dev.dyad.core.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated resource under {@code /gazetteer/}, read as rows of fields; lines starting with
 * '#' and blank lines are skipped, missing trailing fields read as "".
 */
final class TsvResource {

  /** One data line: where it came from, for messages, and its fields. */
  record Row(String source, int line, List<String> fields) {
    String get(int i) {
      return i < fields.size() ? fields.get(i).strip() : "";
    }

    /** The field at {@code i} split on '|', without blanks. */
    List<String> list(int i) {
      return Arrays.stream(get(i).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(source + ":" + line + ": " + message);
    }
  }

  private TsvResource() {}

  static List<Row> read(String name) {
    String path = "/gazetteer/" + name;
    InputStream in = TsvResource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing from the classpath: " + path);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(new Row(name, n, List.of(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return rows;
  }
}
