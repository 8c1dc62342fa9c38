package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A word list or table under {@code /extract/} on the classpath: one entry a line, '#' lines and
 * blank lines skipped; tables are tab-separated. Missing resources are a packaging error.
 */
final class ExtractResource {
  private ExtractResource() {}

  /** The stripped, non-comment lines of {@code /extract/name}. */
  static List<String> lines(String name) {
    return ResourceLines.lines("/extract/" + name);
  }

  /** A two-column table as an ordered map from the first column to the second. */
  static Map<String, String> table(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalStateException("/extract/" + name + ": expected two tab-separated fields in '" + line + "'");
      }
      out.put(f[0].strip(), f[1].strip());
    }
    return out;
  }

  /**
   * The lines as one case-insensitive alternation, longest first so that "memorandum of
   * understanding" wins over "memorandum"; entries are regular expressions.
   */
  static String alternation(List<String> entries) {
    return entries.stream()
        .sorted((a, b) -> b.length() - a.length())
        .reduce((a, b) -> a + "|" + b)
        .map(s -> "(?:" + s + ")")
        .orElseThrow(() -> new IllegalStateException("empty word list"));
  }

  static Pattern words(String name) {
    return Pattern.compile("\\b" + alternation(lines(name)) + "\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
