package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standing bilateral body or format that meets in sessions: an intergovernmental committee or
 * commission, a strategic dialogue, political consultations, a binational cabinet. The name is
 * the text's own, without the country names the pair already carries.
 *
 * <p>Example: "the 3rd Chile – Ghana Joint Commission on Trade and Economic Cooperation" gives
 * name "Joint Commission on Trade and Economic Cooperation", countries [CHL, GHA]; "political
 * consultations at the vice-minister level" gives name "political consultations" and level
 * "vice-minister level".
 */
public record Mechanism(String name, List<String> countries, Optional<String> level, List<Evidence> evidence) {
  public Mechanism {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    countries = countries.stream().sorted().toList();
    evidence = List.copyOf(evidence);
    if (name.isBlank() || countries.size() != 2) {
      throw new IllegalArgumentException("a mechanism needs a name and two countries: " + name + countries);
    }
  }
}
