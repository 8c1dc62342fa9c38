package dev.dyad.core.model;

import java.util.Objects;
import java.util.Optional;

/** A person taking part in an event, with the country they represent and the office they held then. */
public record Participant(String name, Optional<String> country, Optional<String> office) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(office, "office");
  }
}
