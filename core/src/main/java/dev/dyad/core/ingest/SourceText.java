package dev.dyad.core.ingest;

import java.util.Objects;

/**
 * The decoded text of one source: its path or URL (for messages and the article's source), the
 * file name (for the article id) and the text as decoded from its bytes.
 */
public record SourceText(String location, String fileName, String text) {
  public SourceText {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
  }

  /** The file name without its last extension: the id of an article read from it. */
  public String baseName() {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
