package dev.dyad.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a word list or rule table on the classpath: blank lines and '#' comments skipped,
 * each line stripped. A missing resource is a packaging error, not bad input.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The stripped, non-comment lines of the resource at {@code path} (e.g. "/extract/ordinals.txt"). */
  public static List<String> lines(String path) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + path);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.strip());
          }
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
