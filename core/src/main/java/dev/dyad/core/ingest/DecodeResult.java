package dev.dyad.core.ingest;

import dev.dyad.core.model.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SourceDecoder} made of one source: either its decoded text or the problem that kept
 * it from being text (exactly one of the two is present).
 */
public record DecodeResult(Optional<Decoded> decoded, Optional<Problem> problem) {
  public DecodeResult {
    Objects.requireNonNull(decoded, "decoded");
    Objects.requireNonNull(problem, "problem");
    if (decoded.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("exactly one of decoded and problem must be present");
    }
  }

  public static DecodeResult ok(Decoded decoded) {
    return new DecodeResult(Optional.of(decoded), Optional.empty());
  }

  public static DecodeResult failed(Problem problem) {
    return new DecodeResult(Optional.empty(), Optional.of(problem));
  }

  public boolean isOk() {
    return decoded.isPresent();
  }
}
