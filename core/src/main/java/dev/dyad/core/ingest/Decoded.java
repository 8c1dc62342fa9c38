package dev.dyad.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of one source as decoded from its bytes, with the charset it was decoded from.
 *
 * <p>Decoding from a charset other than UTF-8 is not a problem, but it is worth seeing: {@code
 * charset} is {@code "UTF-8"} for most files and, for example, {@code "windows-1252"} when the
 * encoding had to be detected.
 */
public record Decoded(SourceText source, String charset) {
  public Decoded {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(charset, "charset");
  }

  /** True when the bytes were UTF-8 (with or without a byte order mark). */
  public boolean isUtf8() {
    return charset.equals(StandardCharsets.UTF_8.name());
  }
}
