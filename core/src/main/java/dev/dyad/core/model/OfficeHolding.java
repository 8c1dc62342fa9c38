package dev.dyad.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An office a person held, and when the text says so: {@code asOf} is the date the holding is
 * known for (usually the publication date); {@code former} marks "then Prime Minister", "former
 * President" — no longer held at {@code asOf}.
 */
public record OfficeHolding(String office, Optional<PartialDate> asOf, boolean former) {
  public OfficeHolding {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(asOf, "asOf");
  }
}
