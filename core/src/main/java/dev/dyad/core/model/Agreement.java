package dev.dyad.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bilateral instrument an article reports as signed, exchanged, approved or in force: its title
 * as the text phrases it, its kind, the two countries (ISO alpha-3, sorted), the parties when they
 * are localities or bodies rather than the states, and the dates the text gives.
 *
 * <p>Example: "the cooperation programme to implement the agreement on friendship between Porto
 * and Lyon in 2019" gives title "cooperation programme to implement the agreement on friendship
 * between Porto and Lyon", kind "programme", countries [FRA, PRT], parties [Porto, Lyon],
 * signed 2019, no effective date.
 */
public record Agreement(
    String title,
    Optional<String> kind,
    List<String> countries,
    List<String> parties,
    Optional<PartialDate> signed,
    Optional<PartialDate> effective,
    List<Evidence> evidence) {

  public Agreement {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(effective, "effective");
    countries = countries.stream().sorted().toList();
    parties = List.copyOf(parties);
    evidence = List.copyOf(evidence);
    if (title.isBlank() || countries.size() != 2) {
      throw new IllegalArgumentException("an agreement needs a title and two countries: " + title + countries);
    }
  }
}
