package dev.dyad.core.ingest;

import dev.dyad.core.model.ReadResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one source in {@link ArticleSources}: its location, the format it was read as
 * and the charset it was decoded from (both empty when it could not be decoded), and the
 * articles and problems read from it.
 */
public record SourceResult(
    String location, Optional<String> format, Optional<String> charset, ReadResult result) {
  public SourceResult {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(result, "result");
  }

  /** True when the source gave at least one article and no problem. */
  public boolean isClean() {
    return !result.articles().isEmpty() && result.problems().isEmpty();
  }
}
