package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as one article (or, once resolved, the knowledge base) knows them: the fullest name,
 * the other forms it was written in, their country and the offices they held.
 */
public record Person(
    String name, List<String> aliases, Optional<String> country, List<OfficeHolding> offices, List<Evidence> evidence) {
  public Person {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(country, "country");
    offices = List.copyOf(offices);
    evidence = List.copyOf(evidence);
  }
}
