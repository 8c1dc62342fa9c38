package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement an article makes about a country pair's standing facts, kept as the text gives it
 * so that sources can be compared: its kind ({@code relations_established},
 * {@code legal_instruments_count}, {@code locality_partnerships}), its value and the month it was
 * stated in (the article's publication month, when known).
 *
 * <p>Examples: "ties were established on 3 May 1971" gives relations_established "1971-05-03";
 * "a treaty base of over 60 documents" gives legal_instruments_count "over 60".
 */
public record Claim(
    String kind, List<String> countries, String value, Optional<PartialDate> asOf, List<Evidence> evidence) {
  public Claim {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(asOf, "asOf");
    countries = countries.stream().sorted().toList();
    evidence = List.copyOf(evidence);
    if (countries.size() != 2 || value.isBlank()) {
      throw new IllegalArgumentException("bad claim " + kind + " '" + value + "' " + countries);
    }
  }
}
